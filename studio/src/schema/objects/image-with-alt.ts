import { defineField } from 'sanity'
import type { CustomValidator } from 'sanity'

/** Alt text is what screen readers say instead of the image, so it is required once an image is chosen. */
export const altRequiredWithAsset: CustomValidator<string | undefined> = (alt, context) => {
  const image = context.parent as { asset?: { _ref?: string } } | undefined
  if (!image?.asset) return true
  return alt?.trim() ? true : 'Skriv en alternativtext som beskriver bilden.'
}

interface ImageFieldOptions {
  name: string
  title: string
  description?: string
  /** Let editors choose the focal point; for portraits and cover images that are cropped. */
  hotspot?: boolean
}

export function imageWithAlt({ name, title, description, hotspot = false }: ImageFieldOptions) {
  return defineField({
    name,
    title,
    description,
    type: 'image',
    options: { hotspot },
    fields: [
      defineField({
        name: 'alt',
        title: 'Alternativtext',
        description:
          'Beskriv bilden för den som inte ser den, t.ex. "Anna Andersson talar på årsmötet i Falun".',
        type: 'string',
        validation: (rule) => rule.custom(altRequiredWithAsset),
      }),
    ],
  })
}
