import type { ContentVideo } from '@bergslaget/content'
import { fireEvent, render, screen } from '@testing-library/react'

import { Video } from './video'

const recording = (url: string): ContentVideo => ({ url, still: null })
const title = 'Ovakos vätgassatsning i Hofors'

test('a YouTube recording: no frame and nothing from YouTube until the visitor starts it', () => {
  const { container } = render(<Video video={recording('https://youtu.be/dQw4w9WgXcQ')} title={title} />)

  expect(container.querySelector('iframe')).toBeNull()
  // Nothing on the page names YouTube's servers but the link to the video's own page.
  const addresses = [...container.querySelectorAll('[src], [href], [srcset]')].map(
    (element) =>
      element.getAttribute('src') ?? element.getAttribute('href') ?? element.getAttribute('srcset'),
  )
  expect(addresses).toEqual(['https://youtu.be/dQw4w9WgXcQ'])
  expect(screen.getByRole('link', { name: 'Öppna videon på YouTube' })).toHaveAttribute(
    'href',
    'https://youtu.be/dQw4w9WgXcQ',
  )
  expect(screen.getByRole('figure')).toHaveTextContent('som får veta att du tittar först när du startar den')
})

test('a click loads the privacy-enhanced player, playing, named for the talk, with focus in it', () => {
  render(<Video video={recording('https://www.youtube.com/watch?v=dQw4w9WgXcQ')} title={title} />)

  fireEvent.click(screen.getByRole('button', { name: `Spela upp: ${title}` }))

  const player = screen.getByTitle(`${title} (video från YouTube)`)
  expect(player.tagName).toBe('IFRAME')
  expect(player).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1')
  expect(player.getAttribute('allow')).toContain('autoplay')
  expect(player).toHaveFocus()
  expect(screen.queryByRole('button')).toBeNull()
})

test('a video on a host without a player is a link', () => {
  const { container } = render(
    <Video video={recording('https://www.play.falun.se/video/arsmote')} title={title} />,
  )

  expect(screen.getByRole('link', { name: 'Se videon på play.falun.se' })).toHaveAttribute(
    'href',
    'https://www.play.falun.se/video/arsmote',
  )
  expect(screen.queryByRole('button')).toBeNull()
  expect(container.querySelector('iframe')).toBeNull()
})
