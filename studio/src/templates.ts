import { DocumentTextIcon, MicrophoneIcon } from '@sanity/icons'
import type { InitialValueResolverContext, Template } from 'sanity'

import { STUDIO_API_VERSION } from './lib/api-version'

export const TALK_FOR_EVENT = 'talk-for-event'
export const SEMINAR_REPORT = 'seminar-report'
export const SEMINAR_REPORT_FOR_EVENT = 'seminar-report-for-event'

interface EventParams {
  eventId?: string
}

const eventReference = (eventId: string | undefined) =>
  eventId ? { event: { _type: 'reference', _ref: eventId } } : {}

/** Drafts count too: a talk just created from the same event should not get the same place. */
export const LAST_PROGRAMME_PLACE_QUERY = `math::max(*[_type == "talk" && event._ref == $eventId].order)`

/** A new talk goes last in its event's programme; the programme view reorders it by drag. */
export async function talkForEventValue(
  params: EventParams | undefined,
  context: InitialValueResolverContext,
) {
  const eventId = params?.eventId
  if (!eventId) return { order: 1 }
  const last = await context
    .getClient({ apiVersion: STUDIO_API_VERSION })
    .fetch<number | null>(LAST_PROGRAMME_PLACE_QUERY, { eventId })
  return { ...eventReference(eventId), order: (last ?? 0) + 1 }
}

export function seminarReportValue(params: EventParams | undefined) {
  return { kind: 'seminarReport', ...eventReference(params?.eventId) }
}

const eventParameter = [{ name: 'eventId', title: 'Evenemang', type: 'string' }]

/**
 * Templates with parameters are left out of the global "Skapa" menu by Sanity itself (it has no
 * event to give them); the structure offers them inside an event. "Ny seminarierapport" without
 * an event is in the global menu, and validation then asks for the event.
 */
export const templates: Template[] = [
  {
    id: TALK_FOR_EVENT,
    title: 'Nytt föredrag',
    schemaType: 'talk',
    icon: MicrophoneIcon,
    parameters: eventParameter,
    value: talkForEventValue,
  },
  {
    id: SEMINAR_REPORT,
    title: 'Ny seminarierapport',
    schemaType: 'article',
    icon: DocumentTextIcon,
    value: seminarReportValue,
  },
  {
    id: SEMINAR_REPORT_FOR_EVENT,
    title: 'Ny seminarierapport',
    schemaType: 'article',
    icon: DocumentTextIcon,
    parameters: eventParameter,
    value: seminarReportValue,
  },
]

/** For `schema.templates`: Sanity's one-per-type defaults, then ours. */
export const withEditorTemplates = (defaults: Template[]): Template[] => [...defaults, ...templates]
