import { SLUG_MAX_LENGTH, slugProblem, type SlugProblem } from '@bergslaget/content/slug'
import { defineField } from 'sanity'

import { slugify } from '../../lib/slugify'

// One message per reason the site's slug rule (@bergslaget/content/slug) can give, so a slug the Studio
// accepts always gets a page: the site leaves a document with any other slug out, links and all.
const messages: Record<Exclude<SlugProblem, 'missing'>, (slug: string) => string> = {
  tooLong: () => `Sluggen får vara högst ${SLUG_MAX_LENGTH} tecken.`,
  pattern: () => 'Sluggen får bara innehålla små bokstäver a–z, siffror och enkla bindestreck.',
  reserved: (slug) => `Sluggen ”${slug}” används av webbplatsens egna adresser. Välj en annan.`,
}

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
      rule.required().custom((slug, context) => {
        // An empty slug is `required()`'s to report.
        if (!slug?.current) return true
        const problem = slugProblem(context.document?._type ?? '', slug.current)
        return problem && problem !== 'missing' ? messages[problem](slug.current) : true
      }),
  })
}
