import { notFound } from 'next/navigation'

import { paginate, type Page } from './paginate'

/**
 * Page `page` of a list read in two steps: the light order of the whole list (its entries' ids and what
 * orders, groups and counts them) is split into pages here, and only the page's own entries are read,
 * by id, in their order. A page past the end is a 404.
 */
export async function readPage<Entry extends { _id: string }, Shown>(
  order: readonly Entry[],
  page: number,
  perPage: number,
  read: (ids: string[]) => Promise<Shown[]>,
): Promise<Page<Shown>> {
  const list = paginate(order, page, perPage)
  if (!list) notFound()
  return { ...list, items: await read(list.items.map(({ _id }) => _id)) }
}
