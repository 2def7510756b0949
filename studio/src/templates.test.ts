import type { InitialValueResolverContext, Source } from 'sanity'

import {
  LAST_PROGRAMME_PLACE_QUERY,
  SEMINAR_REPORT,
  SEMINAR_REPORT_FOR_EVENT,
  seminarReportValue,
  TALK_FOR_EVENT,
  talkForEventValue,
} from './templates'
import { createFakeClient, createStudioSource } from './testing/studio-source'

const contextWith = (client: ReturnType<typeof createFakeClient>) =>
  ({ getClient: () => client }) as unknown as InitialValueResolverContext

describe('"Nytt föredrag" for an event', () => {
  it('fills in the event and puts the talk after the last one in its programme', async () => {
    const client = createFakeClient(4)
    expect(await talkForEventValue({ eventId: 'event-arsmote-2026' }, contextWith(client))).toEqual({
      event: { _type: 'reference', _ref: 'event-arsmote-2026' },
      order: 5,
    })
    expect(client.calls).toEqual([
      { query: LAST_PROGRAMME_PLACE_QUERY, params: { eventId: 'event-arsmote-2026' } },
    ])
  })

  it('starts the programme at 1 for an event without talks', async () => {
    const value = await talkForEventValue({ eventId: 'event-ny' }, contextWith(createFakeClient(null)))
    expect(value).toEqual({ event: { _type: 'reference', _ref: 'event-ny' }, order: 1 })
  })

  it('asks nothing without an event', async () => {
    const client = createFakeClient(7)
    expect(await talkForEventValue(undefined, contextWith(client))).toEqual({ order: 1 })
    expect(client.calls).toEqual([])
  })
})

it('"Ny seminarierapport" is a seminar report, tied to the event when there is one', () => {
  expect(seminarReportValue(undefined)).toEqual({ kind: 'seminarReport' })
  expect(seminarReportValue({ eventId: 'event-arsmote-2026' })).toEqual({
    kind: 'seminarReport',
    event: { _type: 'reference', _ref: 'event-arsmote-2026' },
  })
})

describe('the templates in the Studio configuration', () => {
  let source: Source

  beforeAll(async () => {
    source = await createStudioSource()
  })

  it('registers the templates beside the defaults', () => {
    const ids = source.templates.map(({ id }) => id)
    expect(ids).toEqual(expect.arrayContaining(['talk', 'article', TALK_FOR_EVENT, SEMINAR_REPORT]))
    expect(ids).toContain(SEMINAR_REPORT_FOR_EVENT)
  })

  it('offers "Ny seminarierapport" in the global create menu, but not the templates that need an event', () => {
    const options = source.document.resolveNewDocumentOptions({ type: 'global' })
    const titles = options.map(({ templateId, title }) => `${templateId}: ${String(title)}`)
    expect(titles).toContain('seminar-report: Ny seminarierapport')
    expect(options.map(({ templateId }) => templateId)).not.toEqual(expect.arrayContaining([TALK_FOR_EVENT]))
    expect(options.map(({ templateId }) => templateId)).not.toContain(SEMINAR_REPORT_FOR_EVENT)
    expect(options.map(({ templateId }) => templateId)).not.toContain('association')
  })
})
