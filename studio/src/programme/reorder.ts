import { getPublishedId, isDraftId } from 'sanity'

/**
 * An event's talks, every version (published, draft, release): the place in the programme is
 * written to each, so publishing a draft later does not bring back its old place.
 */
export const PROGRAMME_QUERY = `*[_type == "talk" && event._ref == $eventId]{_id, title, order, startsAt}`

export interface TalkVersion {
  _id: string
  title?: string | null
  order?: number | null
  startsAt?: string | null
}

export interface ProgrammeRow {
  /** The published id, what the editor opens. */
  id: string
  title: string
  order: number | undefined
  /** Every stored version of the talk, each of which gets the new place. */
  versionIds: string[]
}

export interface OrderPatch {
  documentId: string
  order: number
}

/** One row per talk, the draft's title and place preferred, in programme order (then time, then title). */
export function programmeRows(versions: readonly TalkVersion[]): ProgrammeRow[] {
  const byId = new Map<string, { shown: TalkVersion; versionIds: string[] }>()
  for (const version of versions) {
    const id = getPublishedId(version._id)
    const entry = byId.get(id)
    if (!entry) byId.set(id, { shown: version, versionIds: [version._id] })
    else {
      entry.versionIds.push(version._id)
      if (isDraftId(version._id)) entry.shown = version
    }
  }
  return [...byId.entries()]
    .map(([id, { shown, versionIds }]) => ({
      id,
      title: shown.title || 'Föredrag utan rubrik',
      order: shown.order ?? undefined,
      startsAt: shown.startsAt ?? '',
      versionIds: versionIds.sort(),
    }))
    .sort(
      (a, b) =>
        (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) ||
        a.startsAt.localeCompare(b.startsAt) ||
        a.title.localeCompare(b.title, 'sv'),
    )
    .map(({ startsAt: _startsAt, ...row }) => row)
}

/** The rows with the one at `from` moved to `to` (indexes clamped to the list). */
export function moveRow<Row>(rows: readonly Row[], from: number, to: number): Row[] {
  const next = [...rows]
  const [moved] = next.splice(from, 1)
  if (moved === undefined) return next
  next.splice(Math.max(0, Math.min(to, next.length)), 0, moved)
  return next
}

/** Places 1, 2, 3 … in the given order, patching only versions whose place changes. */
export function orderPatches(rows: readonly ProgrammeRow[]): OrderPatch[] {
  return rows.flatMap((row, index) =>
    row.order === index + 1 ? [] : row.versionIds.map((documentId) => ({ documentId, order: index + 1 })),
  )
}
