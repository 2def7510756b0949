import { SLUG_PATTERN } from '@bergslaget/content/slug'
import { defineArrayMember, defineField } from 'sanity'

/**
 * The slugs a document had before: the site answers each old address with a permanent redirect to the
 * current one, so links shared before a rename keep working. Kept on the document itself (not as
 * separate redirect documents) so that a redirect lives and dies with what it points to: deleting the
 * document retires its old addresses too, a second rename points every old address straight at the
 * newest (no chains), and the webhook that already carries the document's before and after refreshes
 * both pages. The publish action fills it in (studio/src/slug-history); editors see it only once there
 * is something in it, and may remove an entry to give the address up.
 */
export function previousSlugsField() {
  return defineField({
    name: 'previousSlugs',
    title: 'Tidigare adresser',
    description:
      'Sluggar som dokumentet har haft. Gamla länkar skickas vidare till den nuvarande adressen. Läggs till automatiskt när du byter slug och publicerar; ta bort en rad om adressen ska sluta fungera.',
    type: 'array',
    of: [defineArrayMember({ type: 'string' })],
    hidden: ({ value }) => !Array.isArray(value) || value.length === 0,
    validation: (rule) =>
      rule.unique().custom((slugs: string[] | undefined, context) => {
        const current = (context.document?.slug as { current?: string } | undefined)?.current
        if (slugs?.some((slug) => !SLUG_PATTERN.test(slug)))
          return 'En tidigare adress får bara innehålla små bokstäver a–z, siffror och enkla bindestreck.'
        if (current && slugs?.includes(current))
          return 'Den nuvarande sluggen kan inte också vara en tidigare adress.'
        return true
      }),
  })
}
