import { sync, type ParameterValue, type VCalendar, type VEvent } from 'node-ical'

// The calendar's tests read what the site writes with node-ical, a parser independent of the
// generator: what they check is what a calendar client would read.

export interface ParsedCalendar {
  calendar: VCalendar | undefined
  events: VEvent[]
}

export function parseCalendar(text: string): ParsedCalendar {
  const parsed = sync.parseICS(text)
  const events = Object.values(parsed).filter(
    (component): component is VEvent => component?.type === 'VEVENT',
  )
  return { calendar: parsed.vcalendar, events }
}

/** The entry of a document, by the UID the site gives it; fails the test when there is none. */
export function entryOf({ events }: ParsedCalendar, documentId: string): VEvent {
  const entry = events.find((event) => event.uid.startsWith(`${documentId}@`))
  if (!entry)
    throw new Error(`no entry for ${documentId} among ${events.map((event) => event.uid).join(', ')}`)
  return entry
}

/** A property's value without its parameters (node-ical keeps `URL;VALUE=URI:…` as `{ val, params }`). */
export function valueOf(property: ParameterValue | undefined): string | undefined {
  return typeof property === 'object' ? property.val : property
}
