// The GROQ that places an event in time, shared by the site's queries and the Studio's event lists
// (exported as @bergslaget/content/event-dates), so "upcoming" means the same in both.

/**
 * What is known of an unconfirmed event's date as an ISO-like string that sorts after every fixed date
 * of the same period: "2027-05-99" for May 2027, "2027-99" for 2027. So a month-only event comes after
 * the dated events of that month, and it stays "upcoming" until its month (or year) is over.
 */
const unconfirmedKey = /* groq */ `string(year) + select(month >= 10 => "-" + string(month) + "-99", month >= 1 => "-0" + string(month) + "-99", "-99")`

/** Orders events by when they start. */
export const eventSortKey = /* groq */ `coalesce(startsAt, ${unconfirmedKey})`

/** An event is upcoming until its end, or the end of its known period, has passed. */
export const eventEndKey = /* groq */ `coalesce(endsAt, startsAt, ${unconfirmedKey})`

/** GROQ filter: the event has not ended yet (evaluated when the page is rendered). */
export const isUpcoming = /* groq */ `${eventEndKey} >= now()`

/**
 * `isUpcoming` for an event whose `eventEndKey` a query has read: the same comparison of strings, with
 * now() as GROQ writes it (an ISO timestamp in UTC). For a read without the clock, which the embedded
 * source may keep for the process, split at each render (the events list).
 */
export function isUpcomingAt(endKey: string | null, now: Date): boolean {
  return endKey !== null && endKey >= now.toISOString()
}

/**
 * Events in the events list's order (newest first) split at `now`: the upcoming ones soonest first, the
 * past ones newest first.
 */
export function upcomingAndPast<Event extends { endKey: string | null }>(
  events: readonly Event[],
  now: Date,
): { upcoming: Event[]; past: Event[] } {
  return {
    upcoming: events.filter((event) => isUpcomingAt(event.endKey, now)).reverse(),
    past: events.filter((event) => !isUpcomingAt(event.endKey, now)),
  }
}
