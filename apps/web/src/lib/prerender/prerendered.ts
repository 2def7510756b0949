import { contentConfig } from '@bergslaget/content/config'

import { publishedContent } from '@/lib/content'
import { hrefFor } from '@/lib/routes'

/**
 * How many documents of each type a build from the Content Lake prerenders the pages of. Every page
 * prerendered is a query at build, so a hosted build that prerendered every document would grow with
 * the archive and lean on the Lake; instead it prerenders the pages visitors open most, and every other
 * page renders on its first request and is kept until a publish changes it (the routes'
 * `dynamicParams`, the cache tags). With no visitor statistics to go by, "most opened" is taken to be
 * the most recently changed: new events, new reports and the people and organisations in them are what
 * the home page, the lists and shared links lead to. 50 covers the home page and a first page of each
 * list several times over.
 */
export const hostedPrerenderPerType = 50

interface HostedPrerender {
  /** The path of every document's page. */
  documentPages: Set<string>
  /** Those of the most recently changed documents, `hostedPrerenderPerType` of each type. */
  recent: Set<string>
}

async function hostedPrerender(): Promise<HostedPrerender> {
  const { documents } = await publishedContent.listSitePages()
  const newestFirst = [...documents].sort((a, b) => (b._updatedAt ?? '').localeCompare(a._updatedAt ?? ''))
  const taken = new Map<string, number>()
  const documentPages = new Set<string>()
  const recent = new Set<string>()
  for (const { target } of newestFirst) {
    const path = hrefFor(target)
    if (!path) continue
    documentPages.add(path)
    const count = taken.get(target._type) ?? 0
    if (count >= hostedPrerenderPerType) continue
    taken.set(target._type, count + 1)
    recent.add(path)
  }
  return { documentPages, recent }
}

/**
 * Which of a detail route's pages (`all`, each with the path `pathOf` gives) the build prerenders: every
 * one from the bundled dataset, which the build reads in-process; from the Content Lake, those of the
 * most recently changed documents (see hostedPrerenderPerType). An old address is not prerendered in
 * hosted mode: its redirect renders on its first request like any page left out.
 */
export async function prerendered<Params>(
  all: Params[],
  pathOf: (params: Params) => string,
): Promise<Params[]> {
  if (contentConfig().source === 'embedded') return all
  const { recent } = await hostedPrerender()
  return all.filter((params) => recent.has(pathOf(params)))
}

/**
 * As prerendered, for paths of any page of the site: the lists, the home page and the association's
 * page are prerendered in both modes, a document's page as prerendered says.
 */
export async function prerenderedPaths(paths: string[]): Promise<string[]> {
  if (contentConfig().source === 'embedded') return paths
  const { documentPages, recent } = await hostedPrerender()
  return paths.filter((path) => !documentPages.has(path) || recent.has(path))
}
