import type { ContentImage } from '@bergslaget/content'

import { SanityImage } from '@/components/sanity-image/sanity-image'

import { initials } from './initials'
import './portrait.css'

interface PortraitProps {
  name: string
  image: ContentImage | null
  /** Side of the square in CSS pixels. */
  size?: number
}

/**
 * A speaker's portrait, or their initials in a circle of the same size. The initials repeat the name
 * beside them, so they are hidden from screen readers; the portrait keeps the editor's alt text.
 */
export function Portrait({ name, image, size = 112 }: PortraitProps) {
  const placeholder = (
    <span
      className="portrait portrait--initials"
      aria-hidden="true"
      style={{ width: size, height: size, fontSize: Math.round(size * 0.36) }}
    >
      {initials(name)}
    </span>
  )
  return (
    <SanityImage
      image={image}
      width={size}
      height={size}
      alt={`Porträtt av ${name}`}
      className="portrait"
      fallback={placeholder}
    />
  )
}
