import type { ContentApi } from '../content-api'
import { routableTypes } from '../content-types'
import { listAddresses, type PageParams } from '../pages/addresses'
import { runRead } from '../read'
import { typeReads, type reads } from '../reads'
import type { ContentSource } from '../source/content-source'

import { writeDatasetVariant } from './dataset-variant'

export type ReadName = keyof typeof reads

/** The old slug the renamed dataset gives every document that has an address. */
export const renamed = (slug: string) => `tidigare-${slug}`

/** The bundled dataset with every document renamed once, so that each has an old address leading to it. */
export function writeRenamedDataset(): Promise<string> {
  return writeDatasetVariant((documents) =>
    documents.map((doc) => {
      const slug = (doc.slug as { current?: string } | undefined)?.current
      return slug && doc._type !== 'association' ? { ...doc, previousSlugs: [renamed(slug)] } : doc
    }),
  )
}

/** A page's read and its arguments from the page's route params. */
export function pageReadCall(page: PageParams): { name: ReadName; args: string[] } {
  const args = page.type === 'talk' ? [page.event, page.talk] : [page.slug]
  return { name: typeReads[page.type].page, args }
}

/**
 * A list's page read's arguments: the ids of every document of its type (as if all on one page, faulty
 * ones too), the same reversed, and a few with an id that no document has.
 */
async function pagesOf(type: string, source: ContentSource): Promise<unknown[][]> {
  const ids = (await source.fetch('*[_type == $type]._id', { type })) as string[]
  return [[ids], [[...ids].reverse()], [['finns-inte', ...ids.slice(0, 2)]]]
}

/**
 * Every argument list to call each read with on the renamed dataset: each type's page read at every
 * current address of the type, where each old address leads, and the ids of each list's entries.
 * Reads that take no arguments are not named: they are called once without.
 */
export async function argumentsOfEachRead(
  source: ContentSource,
): Promise<Partial<Record<ReadName, unknown[][]>>> {
  const addresses = (await runRead(listAddresses, source)).filter((address) => address.current)
  const calls: Partial<Record<ReadName, unknown[][]>> = {}
  for (const address of addresses) {
    const { name, args } = pageReadCall(address)
    ;(calls[name] ??= []).push(args)
  }
  return {
    ...calls,
    getSpeakersPage: await pagesOf('speaker', source),
    getOrganisationsPage: await pagesOf('organisation', source),
    getEventsPage: await pagesOf('event', source),
    getArticlesPage: await pagesOf('article', source),
    // Words of several types' texts, in and out of titles, with å/ä/ö and capitals.
    searchSite: [['kommun'], ['Borlänge'], ['VÄTGAS ovako'], ['finns-inte-någonstans']],
    findMoved: addresses.flatMap((address) =>
      address.type === 'talk' ? [] : [[address.type, renamed(address.slug)]],
    ),
    findMovedTalk: addresses.flatMap((address) =>
      address.type === 'talk' ? [[renamed(address.event), renamed(address.talk)]] : [],
    ),
  }
}

/** Every page the routes prerender, by the prerender read of each type (reads.ts). */
export async function prerenderedPages(api: ContentApi): Promise<PageParams[]> {
  const pages = await Promise.all(
    routableTypes.map(async (type) => {
      const listed = await (api[typeReads[type].prerendered] as () => Promise<(string | object)[]>)()
      // A section type lists slugs; a nested one the params of its pages (a talk's event and talk).
      return listed.map((params) =>
        typeof params === 'string' ? { type, slug: params } : { type, ...params },
      )
    }),
  )
  // Built from each read's own shape, which TypeScript cannot follow per type: the cast restates it.
  return pages.flat() as PageParams[]
}
