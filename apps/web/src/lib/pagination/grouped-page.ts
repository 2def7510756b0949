import { groupRuns, indexGroups, type IndexedGroup, type ListGroup, type PageGroup } from './grouped-list'
import { perPage, type GroupedListType } from './list-pages'
import type { Page } from './paginate'
import { readPage } from './read-page'

/** A page of a grouped list, as the list shows it. */
export interface GroupedPage<T> {
  type: GroupedListType
  /** The page's place in the whole list: its number, the total and its neighbours. */
  list: Page<unknown>
  /** Every group of the whole list. */
  index: IndexedGroup[]
  /** The page's entries, as the page read gives them, under their groups. */
  groups: PageGroup<T>[]
}

interface GroupedPageSource<Entry, Shown> {
  type: GroupedListType
  page: number
  /** Every entry of the list, group by group: the light order read, for ordering and counting. */
  order: readonly Entry[]
  groupOf: (entry: Entry | Shown) => ListGroup
  /** The entries of one page, by their ids, in their order (a content read of summaries). */
  read: (ids: string[]) => Promise<Shown[]>
}

/**
 * Page `page` of a section's list: its entries read by id and grouped, with the index of the whole
 * list. A page past the end is a 404.
 */
export async function readGroupedPage<Entry extends { _id: string }, Shown>({
  type,
  page,
  order,
  groupOf,
  read,
}: GroupedPageSource<Entry, Shown>): Promise<GroupedPage<Shown>> {
  const list = await readPage(order, page, perPage[type], read)
  return {
    type,
    list,
    index: indexGroups(order, groupOf, perPage[type]),
    groups: groupRuns(list.items, groupOf),
  }
}
