import { imageSource, type ContentImage } from '@bergslaget/content'
import Image from 'next/image'
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
 * An editor's image from Sanity's image CDN through `next/image`, cut with the editor's crop and hotspot.
 * With the bundled dataset there is no CDN (and no asset files), so the fallback is shown instead.
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
  return (
    <Image
      src={sanityImageUrl(image, source, box)}
      width={box.width}
      height={box.height}
      alt={image.alt?.trim() || alt}
      className={className}
    />
  )
}
