import { compareSwedish } from '@bergslaget/content'

interface CountyMember {
  name: string
  county: string | null
}

export interface CountyGroup<T> {
  /** Null collects the members whose county is not recorded. */
  county: string | null
  members: T[]
}

/**
 * Members grouped by county: counties A–Ö in Swedish order, members A–Ö within each, and members
 * without a county in one group last (so a gap in the register is shown, not hidden).
 */
export function groupByCounty<T extends CountyMember>(members: readonly T[]): CountyGroup<T>[] {
  const groups = new Map<string | null, T[]>()
  for (const member of members) {
    const county = member.county?.trim() || null
    groups.set(county, [...(groups.get(county) ?? []), member])
  }
  return [...groups]
    .map(([county, grouped]) => ({
      county,
      members: grouped.sort((a, b) => compareSwedish(a.name, b.name)),
    }))
    .sort((a, b) => {
      if (a.county === null || b.county === null) return a.county === null ? 1 : -1
      return compareSwedish(a.county, b.county)
    })
}
