import { z } from 'zod'

import { documentOf } from '../validate'

import { imageProjection, imageSchema } from './image'

/**
 * A recording or a live stream: the link to the video and the editor's still, if any. The site shows a
 * video of a host it can embed (video-hosts.ts) as a player that loads only when played, over the still;
 * any other as a link. A field without a link is no video.
 */
export const videoProjection = (field: string) => /* groq */ `select(defined(${field}.url) => ${field}{
    url,
    "still": ${imageProjection('still')}
  })`

export const videoSchema = z.object({
  // Any web address: the site embeds an https one of a host it knows (video-hosts.ts), links the rest.
  url: z.url({ protocol: /^https?$/ }),
  still: documentOf(imageSchema, 'video still'),
})

export type ContentVideo = z.output<typeof videoSchema>
