// The video hosts whose links the site can show as an embedded player: how to read a video's id from a
// link an editor pastes, and the privacy-friendly player address it plays at. The site's embed, its
// Content-Security-Policy (which frames it allows) and the Studio's field description read this list;
// a link to any other host is shown as a link. Plain data and functions, exported as
// @bergslaget/content/video-hosts, so the Studio imports it without the content sources.

export interface VideoHost {
  /** As visitors and editors read it. */
  readonly name: string
  /** Where its player is served from: the one origin the site lets its pages frame for it. */
  readonly playerOrigin: string
  /** The player's address for the video a link names, or null when the link names none of its videos. */
  readonly playerUrl: (link: URL) => string | null
}

const hostOf = (link: URL) => link.hostname.replace(/^(www|m)\./, '')

/** A start time in whole seconds (`t=90`, `t=90s`), as YouTube's links write it; other forms are ignored. */
function startSeconds(link: URL): number | null {
  const match = /^(\d+)s?$/.exec(link.searchParams.get('t') ?? link.searchParams.get('start') ?? '')
  return match ? Number(match[1]) : null
}

const youTubeId = /^[A-Za-z0-9_-]{11}$/

/** The video id a YouTube link names: `youtu.be/<id>`, `watch?v=<id>`, `/embed/`, `/live/`, `/shorts/<id>`. */
function youTubeIdOf(link: URL): string | null | undefined {
  const host = hostOf(link)
  const [first, second] = link.pathname.split('/').filter(Boolean)
  if (host === 'youtu.be') return first
  if (host !== 'youtube.com' && host !== 'youtube-nocookie.com') return null
  if (first === 'watch') return link.searchParams.get('v')
  return ['embed', 'live', 'shorts'].includes(first ?? '') ? second : null
}

/**
 * YouTube, played from youtube-nocookie.com: YouTube's own privacy-enhanced mode, which stores nothing
 * in the visitor's browser until the video is played.
 */
const youTubePlayer = 'https://www.youtube-nocookie.com'

const youTube: VideoHost = {
  name: 'YouTube',
  playerOrigin: youTubePlayer,
  playerUrl(link) {
    const id = youTubeIdOf(link)
    if (!id || !youTubeId.test(id)) return null
    const start = startSeconds(link)
    return `${youTubePlayer}/embed/${id}?autoplay=1${start ? `&start=${start}` : ''}`
  },
}

/** Vimeo, with its do-not-track flag; an unlisted video's link carries its hash, which the player needs. */
const vimeoPlayer = 'https://player.vimeo.com'

const vimeo: VideoHost = {
  name: 'Vimeo',
  playerOrigin: vimeoPlayer,
  playerUrl(link) {
    const host = hostOf(link)
    const segments = link.pathname.split('/').filter(Boolean)
    const [id, hash] =
      host === 'vimeo.com'
        ? segments
        : host === 'player.vimeo.com' && segments[0] === 'video'
          ? [segments[1], link.searchParams.get('h')]
          : []
    if (!id || !/^\d+$/.test(id)) return null
    const unlisted = hash && /^[0-9a-f]+$/.test(hash) ? `&h=${hash}` : ''
    return `${vimeoPlayer}/video/${id}?autoplay=1&dnt=1${unlisted}`
  },
}

export const videoHosts: readonly VideoHost[] = [youTube, vimeo]

/** A video link's player: the host and the address to frame; null for a link the site only links to. */
export function videoPlayerOf(href: string): { host: string; src: string } | null {
  let link: URL
  try {
    link = new URL(href)
  } catch {
    return null
  }
  if (link.protocol !== 'https:') return null
  for (const host of videoHosts) {
    const src = host.playerUrl(link)
    if (src) return { host: host.name, src }
  }
  return null
}
