import type { ContentVideo } from '@bergslaget/content'
import { videoPlayerOf } from '@bergslaget/content/video-hosts'

import { SafeLink } from '@/components/safe-link/safe-link'
import { SanityImage } from '@/components/sanity-image/sanity-image'
import { displayUrl } from '@/lib/display-url'

import { VideoPlayer } from './video-player'
import './video.css'

interface VideoProps {
  video: ContentVideo
  /** What the video is of (the talk, the event), for the play button's and the player's names. */
  title: string
}

/**
 * A recording or a live stream: a player for a host the site can embed, which loads nothing from the
 * host before the visitor starts it (VideoPlayer); a link for any other host.
 */
export function Video({ video, title }: VideoProps) {
  const player = videoPlayerOf(video.url)
  if (!player) {
    return (
      <p>
        <SafeLink href={video.url}>Se videon på {displayUrl(new URL(video.url).origin)}</SafeLink>
      </p>
    )
  }
  return (
    <VideoPlayer
      src={player.src}
      host={player.host}
      title={title}
      href={video.url}
      still={<SanityImage image={video.still} width={720} height={405} className="video__still" />}
    />
  )
}
