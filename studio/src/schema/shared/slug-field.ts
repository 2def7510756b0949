import { defineField } from 'sanity'
import { SLUG_MAX_LENGTH, SLUG_PATTERN, slugify } from '../../lib/slugify'

/**
 * The slug of a document type. Uniqueness is Sanity's default `isUnique`, which checks the
 * slug among documents of the same `_type` only: an event and a talk may share a slug.
 */
export function slugField(source: 'name' | 'title') {
  return defineField({
    name: 'slug',
    title: 'Slug (del av webbadressen)',
    description:
      'Skapas från namnet med knappen "Generera". Bara små bokstäver a–z, siffror och bindestreck.',
    type: 'slug',
    options: { source, maxLength: SLUG_MAX_LENGTH, slugify: (input) => slugify(input) },
    validation: (rule) =>
      rule
        .required()
        .custom((slug) =>
          !slug?.current || SLUG_PATTERN.test(slug.current)
            ? true
            : 'Sluggen får bara innehålla små bokstäver a–z, siffror och enkla bindestreck.',
        ),
  })
}
