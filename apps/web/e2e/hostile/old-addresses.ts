import {
  isSectionType,
  pageTypes,
  routableTypes,
  sectionTypes,
  type NestedType,
} from '@bergslaget/content/content-types'
import type { SanityDocument } from '@bergslaget/content/dataset'
import { routes } from '@bergslaget/content/site-paths'
import type { LocalContentLake } from '@bergslaget/content/testing/local-content-lake'

/** An address a document had before a rename, and the one it has now, where the old one leads (308). */
export interface OldAddress {
  old: string
  current: string
}

const earlier = (slug: string) => `${slug}-tidigare`
const slugOf = (document: SanityDocument) =>
  (document.slug as { current?: string } | undefined)?.current ?? ''
const nestedTypes = routableTypes.filter((type): type is NestedType => !isSectionType(type))

/**
 * Gives one published document of every type with pages an earlier slug, as the Studio's publish action
 * keeps one on a rename (`previousSlugs`), and returns the addresses that must now redirect. A nested
 * page (a talk) is chosen first and its parent (its event) is the one renamed of that type, so that a
 * talk also answers under its event's earlier slug. Published without a webhook: no old address has been
 * asked for yet, so none has an answer in the cache.
 */
export function plantOldAddresses(lake: LocalContentLake): OldAddress[] {
  const published = lake.documents().filter((doc) => !doc._id.startsWith('drafts.') && slugOf(doc))
  const byId = new Map(published.map((doc) => [doc._id, doc]))
  const renamed = new Map<string, SanityDocument>()
  const addresses: OldAddress[] = []
  const pick = (type: string, found: SanityDocument | undefined) => {
    if (!found) throw new Error(`the dataset has no ${type} with a page to rename`)
    renamed.set(type, found)
    return found
  }

  for (const type of nestedTypes) {
    const { field, type: parentType } = pageTypes[type].place.under
    const parentOf = (doc: SanityDocument) =>
      byId.get((doc[field] as { _ref?: string } | undefined)?._ref ?? '')
    const child = pick(
      type,
      published.find((doc) => doc._type === type && parentOf(doc)),
    )
    const slug = slugOf(child)
    const parent = slugOf(pick(parentType, parentOf(child)))
    const current = routes[type](parent, slug)
    for (const [parentSlug, ownSlug] of [
      [parent, earlier(slug)],
      [earlier(parent), slug],
      [earlier(parent), earlier(slug)],
    ] as const) {
      addresses.push({ old: routes[type](parentSlug, ownSlug), current })
    }
  }
  for (const type of sectionTypes) {
    const slug = slugOf(
      renamed.get(type) ??
        pick(
          type,
          published.find((doc) => doc._type === type),
        ),
    )
    addresses.push({ old: routes[type](earlier(slug)), current: routes[type](slug) })
  }

  for (const document of renamed.values()) {
    const previousSlugs = (document.previousSlugs as string[] | undefined) ?? []
    lake.publish({ ...document, previousSlugs: [...previousSlugs, earlier(slugOf(document))] })
  }
  return addresses
}
