// A list split into pages and grouped (speakers by letter, organisations by kind, events by year): every
// page shows its entries under their groups' headings, a group that goes on from the page before
// included, and an index of every group of the whole list that leads to the page where it starts.

/** A group of a list: its heading, and the id of the element around it, which the index links to. */
export interface ListGroup {
  id: string
  heading: string
}

/** A group of a page, with the page's entries in it. */
export interface PageGroup<T> extends ListGroup {
  entries: T[]
}

/** A group in the index of a whole list: how many entries it has and the page it starts on. */
export interface IndexedGroup extends ListGroup {
  count: number
  page: number
}

/**
 * Entries under their groups, in the order they come: a new group starts where an entry's group differs
 * from the one before. The list must come group by group (each list's order puts them so).
 */
export function groupRuns<T>(entries: readonly T[], groupOf: (entry: T) => ListGroup): PageGroup<T>[] {
  const groups: PageGroup<T>[] = []
  for (const entry of entries) {
    const group = groupOf(entry)
    const last = groups.at(-1)
    if (last?.id === group.id) last.entries.push(entry)
    else groups.push({ ...group, entries: [entry] })
  }
  return groups
}

/** The index of a whole list of `perPage` entries a page: each group, its size and its first page. */
export function indexGroups<T>(
  entries: readonly T[],
  groupOf: (entry: T) => ListGroup,
  perPage: number,
): IndexedGroup[] {
  let position = 0
  return groupRuns(entries, groupOf).map(({ entries: members, ...group }) => {
    const indexed = { ...group, count: members.length, page: Math.floor(position / perPage) + 1 }
    position += members.length
    return indexed
  })
}
