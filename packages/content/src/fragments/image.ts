import { z } from 'zod'

/**
 * An image field as the site needs it: the asset reference (its id carries the size, e.g.
 * `image-abc123-800x600-jpg`) and the editor's crop, hotspot and alt text. An image without an asset
 * is no image, so a half-filled field is null rather than an invalid value.
 */
export const imageProjection = (field: string) => /* groq */ `select(defined(${field}.asset._ref) => ${field}{
    "asset": {"_ref": asset._ref},
    crop{top, bottom, left, right},
    hotspot{x, y, height, width},
    alt
  })`

const assetRef = /^image-[A-Za-z0-9]+-\d+x\d+-[a-z0-9]+$/

const fraction = z.number().min(0).max(1)

export const imageSchema = z.object({
  asset: z.object({ _ref: z.string().regex(assetRef, 'not an image asset id') }),
  crop: z.object({ top: fraction, bottom: fraction, left: fraction, right: fraction }).nullable(),
  hotspot: z.object({ x: fraction, y: fraction, height: fraction, width: fraction }).nullable(),
  alt: z.string().nullable(),
})

export type ContentImage = z.output<typeof imageSchema>
