import { videoHosts, videoPlayerOf } from './video-hosts'

const youTube = (query: string) => `https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1${query}`

test.each([
  ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', youTube('')],
  ['https://youtube.com/watch?v=dQw4w9WgXcQ&list=PL123', youTube('')],
  ['https://m.youtube.com/watch?v=dQw4w9WgXcQ', youTube('')],
  ['https://youtu.be/dQw4w9WgXcQ', youTube('')],
  ['https://youtu.be/dQw4w9WgXcQ?t=90', youTube('&start=90')],
  ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=125s', youTube('&start=125')],
  ['https://www.youtube.com/live/dQw4w9WgXcQ?si=abc', youTube('')],
  ['https://www.youtube.com/shorts/dQw4w9WgXcQ', youTube('')],
  ['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', youTube('')],
])('%s plays from youtube-nocookie.com', (link, src) => {
  expect(videoPlayerOf(link)).toEqual({ host: 'YouTube', src })
})

test.each([
  ['https://vimeo.com/76979871', 'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1'],
  [
    'https://vimeo.com/76979871/8272103f6e',
    'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1&h=8272103f6e',
  ],
  [
    'https://player.vimeo.com/video/76979871?h=8272103f6e',
    'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1&h=8272103f6e',
  ],
])('%s plays from player.vimeo.com without tracking', (link, src) => {
  expect(videoPlayerOf(link)).toEqual({ host: 'Vimeo', src })
})

test.each([
  // Another host: shown as a link.
  'https://play.kommun.se/video/123',
  // Not one video: a channel, a playlist, a user.
  'https://www.youtube.com/@bergslaget',
  'https://www.youtube.com/playlist?list=PL123',
  'https://vimeo.com/bergslaget',
  // A malformed id, an id smuggling a path, a look-alike host.
  'https://www.youtube.com/watch?v=short',
  'https://youtu.be/dQw4w9WgXcQ/../../x',
  'https://youtube.com.example.org/watch?v=dQw4w9WgXcQ',
  // Not https, not a URL.
  'http://www.youtube.com/watch?v=dQw4w9WgXcQ',
  'javascript:alert(1)',
  'youtube.com/watch?v=dQw4w9WgXcQ',
])('%s has no player', (link) => {
  expect(videoPlayerOf(link)).toBeNull()
})

test('every player is served from its host’s declared origin, the one the site lets its pages frame', () => {
  for (const host of videoHosts) expect(new URL(host.playerOrigin).origin).toBe(host.playerOrigin)
  expect(new URL(videoPlayerOf('https://youtu.be/dQw4w9WgXcQ')?.src ?? '').origin).toBe(
    videoHosts.find((host) => host.name === 'YouTube')?.playerOrigin,
  )
})
