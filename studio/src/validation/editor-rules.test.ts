import type { SanityDocument } from 'sanity'

import { BIO_MAX_LENGTH, BIO_MIN_LENGTH } from '../schema/documents/speaker-rules'

import { markersOf, withChange } from './fixture-helpers'

// Rules added for editors (issue "a Studio that makes a seminar report easy and safe"): each is
// shown breaking on one changed document of the valid fixture, and passing on a close variant.

const EVENT = 'event-arsmote-2026'
const TALK = 'talk-valkommen'
const SPEAKER = 'speaker-anna-andersson'
const ARTICLE = 'article-kallelse'

const bio = (text: string) => [
  {
    _type: 'block',
    _key: 'c1c2c3c4c5c6',
    style: 'normal',
    markDefs: [],
    children: [{ _type: 'span', _key: 's1s2s3s4s5s6', text, marks: [] }],
  },
]

/** The fixture with the talk's times set (the event runs 2026-04-23 07:30–14:00 UTC). */
const talkAt = (startsAt: string, endsAt: string) =>
  withChange(TALK, (talk) => ({ ...talk, startsAt, endsAt }))

describe('a talk’s time within its event', () => {
  it('passes a talk inside the event', async () => {
    expect(await markersOf(talkAt('2026-04-23T08:00:00Z', '2026-04-23T08:30:00Z'), TALK)).toEqual([])
  })

  it('refuses a start before the event and an end after it', async () => {
    const message = 'Tiden ligger utanför evenemanget (23 apr. 2026).'
    expect(await markersOf(talkAt('2026-04-23T06:00:00Z', '2026-04-23T15:00:00Z'), TALK)).toEqual([
      { path: 'endsAt', message },
      { path: 'startsAt', message },
    ])
  })

  it('checks the year and month of an unconfirmed event', async () => {
    const documents = talkAt('2026-04-23T08:00:00Z', '2026-04-23T08:30:00Z')
    const event = documents.find(({ _id }) => _id === EVENT) as SanityDocument
    Object.assign(event, { dateMode: 'unconfirmed', startsAt: undefined, endsAt: undefined, year: 2026 })
    expect(await markersOf(documents, TALK)).toEqual([])
    event.month = 5
    expect((await markersOf(documents, TALK)).map(({ message }) => message)).toEqual([
      'Tiden ligger utanför evenemanget (maj 2026).',
      'Tiden ligger utanför evenemanget (maj 2026).',
    ])
  })

  it('checks against the event’s draft when there is one', async () => {
    const documents = talkAt('2026-04-23T08:00:00Z', '2026-04-23T08:30:00Z')
    const event = documents.find(({ _id }) => _id === EVENT) as SanityDocument
    documents.push({
      ...event,
      _id: `drafts.${EVENT}`,
      startsAt: '2026-04-24T07:30:00Z',
      endsAt: '2026-04-24T14:00:00Z',
    })
    expect((await markersOf(documents, TALK)).map(({ path }) => path)).toEqual(['endsAt', 'startsAt'])
  })

  it('refuses a talk that ends before it starts', async () => {
    expect(await markersOf(talkAt('2026-04-23T09:00:00Z', '2026-04-23T08:00:00Z'), TALK)).toEqual([
      { path: 'endsAt', message: 'Sluttiden måste vara efter starttiden.' },
    ])
  })
})

describe('registration link on a past event', () => {
  const DAY = 24 * 60 * 60 * 1000
  const eventOn = (offsetDays: number) =>
    withChange(EVENT, (event) => ({
      ...event,
      startsAt: new Date(Date.now() + offsetDays * DAY).toISOString(),
      endsAt: new Date(Date.now() + offsetDays * DAY + 3 * 60 * 60 * 1000).toISOString(),
      registrationUrl: 'https://bergslaget.se/anmalan',
    }))

  it('warns once the event is over', async () => {
    expect(await markersOf(eventOn(-30), EVENT, 'warning')).toEqual([
      { path: 'registrationUrl', message: 'Evenemanget har redan ägt rum. Ta bort länken till anmälan.' },
    ])
  })

  it('keeps quiet before the event', async () => {
    expect(await markersOf(eventOn(30), EVENT, 'warning')).toEqual([])
    expect(await markersOf(eventOn(30), EVENT)).toEqual([])
  })

  it('still refuses a registration link that is not a web address', async () => {
    const documents = withChange(EVENT, (event) => ({
      ...event,
      registrationUrl: 'mailto:anmalan@bergslaget.se',
    }))
    expect((await markersOf(documents, EVENT)).map(({ path }) => path)).toEqual(['registrationUrl'])
  })
})

describe('speakers', () => {
  it('warns about a speaker without any role and organisation', async () => {
    const documents = withChange(SPEAKER, ({ affiliations: _a, ...speaker }) => speaker as SanityDocument)
    expect(await markersOf(documents, SPEAKER, 'warning')).toEqual([
      {
        path: 'affiliations',
        message: 'Lägg till minst en roll och organisation, så att besökare ser vem personen är.',
      },
    ])
    const empty = withChange(SPEAKER, (speaker) => ({ ...speaker, affiliations: [] }))
    expect((await markersOf(empty, SPEAKER, 'warning')).map(({ path }) => path)).toEqual(['affiliations'])
  })

  it.each([
    ['missing', undefined, 'Skriv några meningar om personen.'],
    [
      'very short',
      bio('Kommunalråd.'),
      `Presentationen är mycket kort (12 tecken). Skriv gärna minst ${BIO_MIN_LENGTH} tecken.`,
    ],
    [
      'very long',
      bio('a'.repeat(BIO_MAX_LENGTH + 1)),
      `Presentationen är mycket lång (${BIO_MAX_LENGTH + 1} tecken). Korta den till högst ${BIO_MAX_LENGTH} tecken.`,
    ],
  ])('warns about a %s bio', async (_case, value, message) => {
    const documents = withChange(SPEAKER, (speaker) => ({ ...speaker, bio: value }))
    expect(await markersOf(documents, SPEAKER, 'warning')).toEqual([{ path: 'bio', message }])
  })

  it('accepts a bio at either limit', async () => {
    for (const length of [BIO_MIN_LENGTH, BIO_MAX_LENGTH]) {
      const documents = withChange(SPEAKER, (speaker) => ({ ...speaker, bio: bio('a'.repeat(length)) }))
      expect(await markersOf(documents, SPEAKER, 'warning')).toEqual([])
    }
  })
})

describe('articles', () => {
  it('warns about an article without an excerpt', async () => {
    const documents = withChange(ARTICLE, ({ excerpt: _e, ...article }) => article as SanityDocument)
    expect(await markersOf(documents, ARTICLE, 'warning')).toEqual([
      {
        path: 'excerpt',
        message: 'Skriv en ingress: den visas i listor och när artikeln delas, annars står där ingenting.',
      },
    ])
    expect(await markersOf(documents, ARTICLE)).toEqual([])
  })

  it('requires the event of a seminar report, not of a news item', async () => {
    const report = withChange(ARTICLE, ({ event: _e, ...article }) => ({
      ...article,
      kind: 'seminarReport',
    })) as SanityDocument[]
    expect(await markersOf(report, ARTICLE)).toEqual([
      { path: 'event', message: 'Välj evenemanget som seminarierapporten handlar om.' },
    ])
    const news = withChange(ARTICLE, ({ event: _e, ...article }) => article as SanityDocument)
    expect(await markersOf(news, ARTICLE)).toEqual([])
  })
})

describe('link schemes', () => {
  it.each(['data:text/html,hej', 'vbscript:msgbox', 'ftp://bergslaget.se'])('refuses %s', async (url) => {
    const documents = withChange(SPEAKER, (speaker) => ({
      ...speaker,
      links: [{ _key: 'd1d2d3d4d5d6', _type: 'link', title: 'Länk', url }],
    }))
    expect((await markersOf(documents, SPEAKER)).map(({ path }) => path)).toEqual([
      'links[_key=="d1d2d3d4d5d6"].url',
    ])
  })

  it.each(['https://falun.se', 'http://falun.se', 'mailto:anna@falun.se', 'tel:+4623123456'])(
    'accepts %s',
    async (url) => {
      const documents = withChange(SPEAKER, (speaker) => ({
        ...speaker,
        links: [{ _key: 'd1d2d3d4d5d6', _type: 'link', title: 'Länk', url }],
      }))
      expect(await markersOf(documents, SPEAKER)).toEqual([])
    },
  )
})
