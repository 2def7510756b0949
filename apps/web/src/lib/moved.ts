import type { SectionType } from '@bergslaget/content/content-types'
import { notFound, permanentRedirect } from 'next/navigation'

import { content, publishedContent } from './content'
import { routes } from './routes'

// Detail routes prerender every address in the dataset, old ones as redirects, and keep
// `dynamicParams = true`: in hosted mode a slug unknown at build may have been published since, and
// renders on its first request. Its 404 until then is cached with the page's cache tag (the read's), so
// the publish webhook, which revalidates that tag, clears it. The bundled dataset answers a made-up
// slug without a query (the content package's address gate), and such 404s are kept in Next's bounded
// in-memory cache, not on disk (cache-handler.mjs). Next sends the 404 of a page as an empty document;
// server.mjs sends the whole 404 page in its place (src/lib/serving/server-rendered-not-found.mjs).

/**
 * A detail route's answer for what its read found: the page; else, for an address the document had
 * before a rename, a permanent redirect (308) to its current address; else the Swedish 404.
 */
export async function pageOrMoved<Page>(type: SectionType, slug: string, page: Page | null): Promise<Page> {
  if (page) return page
  const moved = await content.findMoved(type, slug)
  if (moved) permanentRedirect(routes[type](moved))
  notFound()
}

/** As pageOrMoved, for a talk, which moves with its own slug and with its event's. */
export async function talkOrMoved<Page>(event: string, talk: string, page: Page | null): Promise<Page> {
  if (page) return page
  const moved = await content.findMovedTalk(event, talk)
  if (moved) permanentRedirect(routes.talk(moved.event, moved.talk))
  notFound()
}

/** A route's old addresses, prerendered with its pages so that each redirect is ready from the start. */
export async function oldSlugsOf(type: SectionType): Promise<string[]> {
  return (await publishedContent.listOldAddresses()).flatMap((address) =>
    address.type === type ? [address.slug] : [],
  )
}

/** As oldSlugsOf, for talks: each old combination of event and talk slug. */
export async function oldTalkAddresses(): Promise<{ event: string; talk: string }[]> {
  return (await publishedContent.listOldAddresses()).flatMap((address) =>
    address.type === 'talk' ? [{ event: address.event, talk: address.talk }] : [],
  )
}
