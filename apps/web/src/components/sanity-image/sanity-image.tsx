import { imageSource, type ContentImage } from '@bergslaget/content'
import type { ReactNode } from 'react'

import { imageBox, sanityImageUrl } from './sanity-image-url'

interface SanityImageProps {
  image: ContentImage | null
  /** Shown width in CSS pixels. */
  width: number
  /** Shown height; without it, the height that keeps the image's (cropped) aspect ratio. */
  height?: number
  /** Used when the editor wrote no alt text; '' marks the image decorative. */
  alt?: string
  className?: string
  /** What to show when there is no image to show (none chosen, or the bundled dataset). */
  fallback?: ReactNode
}

/**
 * An editor's image from Sanity's image CDN, cut with the editor's crop and hotspot, at the shown size
 * and at twice it for high-density screens. The CDN resizes and picks the format itself, so a plain
 * `img` does what `next/image` would, without its client script on every page with a portrait or logo
 * (13.7 KB gzip, npm run bench) and without an optimiser on our server. With the bundled dataset there
 * is no CDN (and no asset files), so the fallback is shown instead.
 */
export function SanityImage({
  image,
  width,
  height,
  alt = '',
  className,
  fallback = null,
}: SanityImageProps) {
  const source = imageSource()
  if (!source || !image) return fallback
  const box = imageBox(image, width, height)
  const url = (density: number) => sanityImageUrl(image, source, box, density)
  return (
    // eslint-disable-next-line @next/next/no-img-element -- see above: the CDN is the optimiser.
    <img
      src={url(1)}
      srcSet={`${url(1)} 1x, ${url(2)} 2x`}
      width={box.width}
      height={box.height}
      alt={image.alt?.trim() || alt}
      className={className}
      decoding="async"
    />
  )
}
