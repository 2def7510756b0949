import type { EventDate } from '@bergslaget/content'

import { stockholmYear } from '@/lib/format/stockholm'

export interface YearGroup<T> {
  year: number
  events: T[]
}

export function eventYear(event: EventDate): number {
  return event.dateMode === 'fixed' ? stockholmYear(event.startsAt) : event.year
}

/** Groups events by the year they fall in, keeping the order they come in (the query's order). */
export function groupByYear<T extends EventDate>(events: T[]): YearGroup<T>[] {
  const groups: YearGroup<T>[] = []
  for (const event of events) {
    const year = eventYear(event)
    const last = groups.at(-1)
    if (last?.year === year) last.events.push(event)
    else groups.push({ year, events: [event] })
  }
  return groups
}
