import type { ContentImage, ImageSource } from '@bergslaget/content'
import { createImageUrlBuilder } from '@sanity/image-url'

export interface ImageBox {
  width: number
  height: number
}

/** The asset's stored size, read from its id (`image-<hash>-<width>x<height>-<format>`). */
export function assetSize(image: ContentImage): ImageBox | null {
  const match = /-(\d+)x(\d+)-[a-z0-9]+$/.exec(image.asset._ref)
  if (!match) return null
  return { width: Number(match[1]), height: Number(match[2]) }
}

/**
 * The box an image is shown in: the given width, and the given height or, without one, the height that
 * keeps the aspect ratio of the editor's crop (a logo is never cut).
 */
export function imageBox(image: ContentImage, width: number, height?: number): ImageBox {
  if (height) return { width, height }
  const size = assetSize(image)
  const crop = image.crop ?? { top: 0, bottom: 0, left: 0, right: 0 }
  const croppedWidth = (size?.width ?? 1) * (1 - crop.left - crop.right)
  const croppedHeight = (size?.height ?? 1) * (1 - crop.top - crop.bottom)
  const ratio = croppedWidth > 0 && croppedHeight > 0 ? croppedHeight / croppedWidth : 1
  return { width, height: Math.max(1, Math.round(width * ratio)) }
}

/**
 * The image on Sanity's CDN, cut to the box with the editor's crop and centred on the hotspot, with
 * `density` pixels per CSS pixel, in the best format the browser accepts.
 */
export function sanityImageUrl(
  image: ContentImage,
  source: ImageSource,
  box: ImageBox,
  density: number,
): string {
  return createImageUrlBuilder(source)
    .image({
      asset: image.asset,
      crop: image.crop ?? undefined,
      hotspot: image.hotspot ?? undefined,
    })
    .width(box.width * density)
    .height(box.height * density)
    .fit('crop')
    .auto('format')
    .url()
}
