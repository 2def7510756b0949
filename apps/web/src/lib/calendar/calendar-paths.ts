import { routes } from '@/lib/routes'

// The calendar files sit beside the pages they belong to, in the folders app/evenemang/kalender.ics and
// app/evenemang/[slug]/kalender.ics. A slug cannot contain a dot (the slug rule), so neither name can
// ever be an event's or a talk's address (lib/routes.test.ts checks every folder beside a type's pages).
// Only the site links to them, so they are built here, not in the content package's site paths.
const file = 'kalender.ics'

/** Where the calendar files are served. */
export const calendarPaths = {
  /** The subscribable feed of upcoming events. */
  feed: `${routes.list.event}/${file}`,
  /** One event's file, to add it to a calendar once. */
  event: (slug: string) => `${routes.event(slug)}/${file}`,
}
