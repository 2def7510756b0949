'use client'

import { useEffect, useRef, useState, type ReactNode } from 'react'

interface VideoPlayerProps {
  /** The host's player address (video-hosts.ts), loaded only once the visitor starts the video. */
  src: string
  host: string
  title: string
  /** The video's own page at the host: a way to it without the player (and without JavaScript). */
  href: string
  /** The editor's still, from the site's own image CDN; nothing over the plain surface without one. */
  still: ReactNode
}

/**
 * A video host's player that sends nothing to the host until the visitor asks for it: first a still and
 * a play button, then, on a click, the host's player in a frame, playing, with focus moved into it so
 * that a keyboard or screen-reader user is where the video is. The caption says what starting it sends.
 */
export function VideoPlayer({ src, host, title, href, still }: VideoPlayerProps) {
  const [playing, setPlaying] = useState(false)
  const frame = useRef<HTMLIFrameElement>(null)
  useEffect(() => {
    if (playing) frame.current?.focus()
  }, [playing])
  return (
    <figure className="video">
      <div className="video__frame">
        {playing ? (
          <iframe
            ref={frame}
            src={src}
            title={`${title} (video från ${host})`}
            allow="autoplay; encrypted-media; fullscreen; picture-in-picture"
            allowFullScreen
            referrerPolicy="strict-origin-when-cross-origin"
          />
        ) : (
          <>
            {still}
            {/* The name starts with the visible words, so that speech input finds it by them. */}
            <button
              type="button"
              className="video__play"
              aria-label={`Spela upp: ${title}`}
              onClick={() => setPlaying(true)}
            >
              <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24">
                <path d="M8 5v14l11-7z" />
              </svg>
              Spela upp
            </button>
          </>
        )}
      </div>
      <figcaption className="video__note">
        Videon visas från {host}, som får veta att du tittar först när du startar den.{' '}
        <a href={href} rel="noopener noreferrer">
          Öppna videon på {host}
        </a>
      </figcaption>
    </figure>
  )
}
