import { pageTypes, routableTypes } from '@bergslaget/content/content-types'
import { organisationKinds } from '@bergslaget/content/vocabularies'
import type { Source } from 'sanity'
import { createStructureBuilder, type StructureBuilder } from 'sanity/structure'

import { SEMINAR_REPORT, TALK_FOR_EVENT } from '../templates'
import { createStudioSource } from '../testing/studio-source'

import { defaultDocumentNode, structure } from '.'
import { PAST_EVENTS_FILTER, UPCOMING_EVENTS_FILTER } from './event-filters'

/** The parts of a serialised structure node these tests read. */
interface Node {
  id: string
  title?: string
  type: string
  items?: Node[]
  child?: Node | ((id: string, options: unknown) => Node | { serialize: (o: unknown) => Node })
  schemaTypeName?: string
  options?: {
    id?: string
    type?: string
    filter?: string
    params?: Record<string, unknown>
    apiVersion?: string
    defaultOrdering?: { field: string; direction: string }[]
  }
  initialValueTemplates?: { templateId: string; parameters?: Record<string, unknown> }[]
  views?: { id: string; title: string; type: string }[]
}

let S: StructureBuilder
let root: Node

beforeAll(async () => {
  const source: Source = await createStudioSource()
  S = createStructureBuilder({ source, defaultDocumentNode, perspectiveStack: [] })
  const built = structure(S, { ...source, getStructureBuilder: () => S } as never) as {
    serialize: (options: unknown) => Node
  }
  root = built.serialize({ path: [] })
})

/** Follows list item ids from the root and returns the child pane of the last one. */
function paneAt(...ids: string[]): Node {
  return ids.reduce<Node>((pane, id) => {
    const item = pane.items?.find((candidate) => candidate.id === id)
    if (!item) throw new Error(`No item "${id}" in "${pane.id}": ${pane.items?.map((i) => i.id).join(', ')}`)
    return item.child as Node
  }, root)
}

const titles = (pane: Node) => pane.items?.filter(({ type }) => type !== 'divider').map(({ title }) => title)
const templatesOf = (pane: Node) =>
  pane.initialValueTemplates?.map(({ templateId, parameters }) => ({ templateId, parameters }))

it('has the Swedish top level the editors asked for', () => {
  expect(root.title).toBe('Innehåll')
  const asked = ['Föreningen', 'Evenemang', 'Föredrag', 'Talare', 'Organisationer', 'Nyheter och rapporter']
  // In this order; a new type's list may come anywhere after the association.
  expect(titles(root)?.filter((title) => title !== undefined && asked.includes(title))).toEqual(asked)
  expect(titles(root)?.[0]).toBe('Föreningen')
})

it("lists every type with pages under its editors' name in the plural", () => {
  const named = routableTypes.map((type) => pageTypes[type].names.editor.many)
  expect(titles(root)?.slice(1)).toEqual(named)
})

it('opens the association as its one fixed document', () => {
  expect(paneAt('association')).toMatchObject({
    type: 'document',
    options: { id: 'association', type: 'association' },
  })
})

describe('Evenemang', () => {
  it('lists upcoming, past and all events', () => {
    expect(titles(paneAt('evenemang'))).toEqual(['Kommande', 'Tidigare', 'Alla evenemang'])
  })

  it('shows upcoming events soonest first and past events latest first, split at now()', () => {
    expect(paneAt('evenemang', 'kommande')).toMatchObject({
      type: 'documentList',
      title: 'Kommande evenemang',
      schemaTypeName: 'event',
      options: {
        filter: UPCOMING_EVENTS_FILTER,
        apiVersion: expect.any(String),
        defaultOrdering: [{ field: 'startsAt', direction: 'asc' }],
      },
    })
    expect(paneAt('evenemang', 'tidigare')).toMatchObject({
      title: 'Tidigare evenemang',
      options: { filter: PAST_EVENTS_FILTER, defaultOrdering: [{ field: 'startsAt', direction: 'desc' }] },
    })
    expect(paneAt('evenemang', 'alla').options?.filter).toBe('_type == $type')
  })
})

describe('Föredrag', () => {
  it('groups talks by event, and lists all talks', () => {
    expect(titles(paneAt('foredrag'))).toEqual(['Per evenemang', 'Alla föredrag'])
    expect(paneAt('foredrag', 'per-evenemang')).toMatchObject({ schemaTypeName: 'event' })
  })

  it('lists an event’s talks in programme order, with "Nytt föredrag" for that event', () => {
    const child = paneAt('foredrag', 'per-evenemang').child
    if (typeof child !== 'function') throw new Error('The event list should resolve its child per event')
    const resolved = child('event-arsmote-2026', { path: [] })
    const talks = 'serialize' in resolved ? resolved.serialize({ path: [] }) : resolved
    expect(talks).toMatchObject({
      type: 'documentList',
      title: 'Föredrag',
      schemaTypeName: 'talk',
      options: {
        filter: '_type == "talk" && event._ref == $eventId',
        params: { eventId: 'event-arsmote-2026' },
        defaultOrdering: [{ field: 'order', direction: 'asc' }],
      },
    })
    expect(templatesOf(talks)).toEqual([
      { templateId: TALK_FOR_EVENT, parameters: { eventId: 'event-arsmote-2026' } },
    ])
  })
})

it('lists speakers by name', () => {
  expect(paneAt('talare')).toMatchObject({
    title: 'Talare',
    schemaTypeName: 'speaker',
    options: { defaultOrdering: [{ field: 'name', direction: 'asc' }] },
  })
})

describe('Organisationer', () => {
  it('lists all organisations, then one list per kind with a plural heading', () => {
    expect(titles(paneAt('organisationer'))).toEqual([
      'Alla organisationer',
      'Kommuner',
      'Regioner',
      'Företag',
      'Lärosäten',
      'Science parks',
      'Föreningar',
      'Myndigheter',
      'Övriga',
    ])
  })

  it.each(organisationKinds.values)('filters the list of kind %s', (kind) => {
    expect(paneAt('organisationer', kind)).toMatchObject({
      schemaTypeName: 'organisation',
      options: { filter: '_type == "organisation" && kind == $kind', params: { kind } },
    })
  })
})

describe('Nyheter och rapporter', () => {
  it('lists all articles, news and seminar reports, latest first', () => {
    expect(titles(paneAt('nyheter-och-rapporter'))).toEqual([
      'Alla nyheter och rapporter',
      'Nyheter',
      'Seminarierapporter',
    ])
    expect(paneAt('nyheter-och-rapporter', 'nyheter').options).toMatchObject({ params: { kind: 'news' } })
  })

  it('offers "Ny seminarierapport" in the seminar reports', () => {
    const reports = paneAt('nyheter-och-rapporter', 'seminarierapporter')
    expect(reports.options).toMatchObject({
      params: { kind: 'seminarReport' },
      defaultOrdering: [{ field: 'publishedAt', direction: 'desc' }],
    })
    expect(templatesOf(reports)?.map(({ templateId }) => templateId)).toEqual([SEMINAR_REPORT])
  })
})

describe('document views', () => {
  /** The views of a document opened anywhere: Sanity's own resolution through `defaultDocumentNode`. */
  const viewsOf = (schemaType: string) =>
    (
      S.defaultDocument({ schemaType, documentId: `${schemaType}-1` }) as unknown as {
        serialize: (o: unknown) => Node
      }
    )
      .serialize({ path: [] })
      .views?.map(({ id, title }) => `${id}: ${title}`)

  it('shows what refers to a speaker or an organisation', () => {
    expect(viewsOf('speaker')).toEqual(['editor: Redigera', 'anvands-i: Används i'])
    expect(viewsOf('organisation')).toEqual(['editor: Redigera', 'anvands-i: Används i'])
  })

  it('shows an event’s programme and what refers to it', () => {
    expect(viewsOf('event')).toEqual(['editor: Redigera', 'program: Program', 'anvands-i: Används i'])
  })

  it('leaves other documents with the form only', () => {
    expect(viewsOf('talk')).toEqual(['editor: Editor'])
  })
})
