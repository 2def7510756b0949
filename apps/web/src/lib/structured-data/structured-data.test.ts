import type { ContentResult, EventDate } from '@bergslaget/content'

import { publishedContent } from '@/lib/content'
import { hostileHrefs } from '@/testing/hostile-hrefs'

import { newsArticleLd } from './article'
import { sectionPageBreadcrumbs } from './breadcrumbs'
import { eventLd } from './event'
import { associationId, associationLd, organisationLd } from './organizations'
import { personLd } from './person'
import { websiteLd } from './website'

// Each builder against the properties Google's structured-data guidelines require or recommend for
// its type (developers.google.com/search/docs/appearance/structured-data), on the bundled content.

const eventSlug = 'tillsammans-for-en-hallbar-och-innovativ-industri-i-bergslagen'
const origin = 'http://localhost:3000'

type EventPage = ContentResult<'getEventPage'>

async function bundledSeminar(): Promise<EventPage> {
  const event = await publishedContent.getEventPage(eventSlug)
  if (!event) throw new Error('the bundled dataset has its seminar')
  return event
}

/** The event on another date (the page type ties the date fields to the mode, which a spread loses). */
const on = (event: EventPage, date: EventDate) => ({ ...event, ...date }) as EventPage

/** The bundled seminar, whose day the source does not give (only its year), on a fixed day in May. */
async function bundledEvent(): Promise<EventPage> {
  return on(await bundledSeminar(), {
    dateMode: 'fixed',
    startsAt: '2027-05-12T07:30:00Z',
    endsAt: '2027-05-12T14:00:00Z',
  })
}

describe('Event', () => {
  it('has what Google requires (name, start, a place with an address) and recommends', async () => {
    const ld = eventLd(await bundledEvent())

    expect(ld).toMatchObject({
      '@type': 'Event',
      name: 'Tillsammans för en hållbar och innovativ industri i Bergslagen',
      url: `${origin}/evenemang/${eventSlug}`,
      image: `${origin}/delningsbild/evenemang/${eventSlug}`,
      startDate: '2027-05-12T09:30:00+02:00',
      endDate: '2027-05-12T16:00:00+02:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Dalarna Science Park',
        address: { '@type': 'PostalAddress', addressLocality: 'Borlänge', addressCountry: 'SE' },
      },
      organizer: [{ '@type': 'Organization', name: 'Intresseföreningen Bergslaget' }],
    })
    expect(typeof (ld as { description?: unknown }).description).toBe('string')
    const performers = (ld as unknown as { performer: { name: string; url: string }[] }).performer
    expect(performers.map(({ name }) => name)).toEqual(
      expect.arrayContaining(['Jan Bohman', 'Göran Nyström']),
    )
    expect(new Set(performers.map(({ url }) => url)).size).toBe(performers.length)
  })

  it('is cancelled when the event is, in winter time when it falls then', async () => {
    const event = await bundledEvent()
    const ld = eventLd({
      ...on(event, { dateMode: 'fixed', startsAt: '2027-01-20T08:00:00Z', endsAt: '2027-01-20T15:00:00Z' }),
      status: 'cancelled',
    })

    expect(ld).toMatchObject({
      eventStatus: 'https://schema.org/EventCancelled',
      startDate: '2027-01-20T09:00:00+01:00',
      endDate: '2027-01-20T16:00:00+01:00',
    })
  })

  it('is rescheduled when postponed to a new date, with the date it had before', async () => {
    const event = await bundledEvent()

    expect(
      eventLd({ ...event, status: 'postponed', originalStartsAt: '2027-03-12T08:00:00Z' }),
    ).toMatchObject({
      eventStatus: 'https://schema.org/EventRescheduled',
      previousStartDate: '2027-03-12T09:00:00+01:00',
      startDate: '2027-05-12T09:30:00+02:00',
    })
    // Postponed until a day not set yet: no date to give, so no block (as for any unconfirmed date).
    expect(
      eventLd(on({ ...event, status: 'postponed' }, { dateMode: 'unconfirmed', year: 2027, month: null })),
    ).toBeNull()
  })

  it('moved online, it is an online event at its stream, or at its page without one, venue or not', async () => {
    const event = { ...(await bundledEvent()), status: 'movedOnline' as const }
    const stream = { url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', still: null }

    expect(eventLd({ ...event, liveStream: stream })).toMatchObject({
      eventStatus: 'https://schema.org/EventMovedOnline',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: stream.url },
    })
    expect(eventLd({ ...event, liveStream: null, venue: null })).toMatchObject({
      location: { '@type': 'VirtualLocation', url: `${origin}/evenemang/${eventSlug}` },
    })
  })

  it('is left out while only the year or month is known, or without a place with an address', async () => {
    const event = await bundledEvent()

    expect(eventLd(await bundledSeminar())).toBeNull()
    expect(eventLd(on(event, { dateMode: 'unconfirmed', year: 2027, month: 5 }))).toBeNull()
    expect(eventLd({ ...event, venue: null })).toBeNull()
    expect(
      eventLd({ ...event, venue: { name: 'Okänd', street: null, city: null, location: null } }),
    ).toBeNull()
  })

  it('is organised by the association when no host is named', async () => {
    expect(eventLd({ ...(await bundledEvent()), hosts: [] })).toMatchObject({
      organizer: { '@id': associationId },
    })
  })
})

describe('NewsArticle', () => {
  it('has the headline, publication and change dates, author and publisher Google recommends', async () => {
    const article = await publishedContent.getArticlePage(eventSlug)
    if (!article) throw new Error('the bundled dataset has its report')
    const ld = newsArticleLd(article)

    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      headline: article.title,
      url: `${origin}/nyheter/${eventSlug}`,
      mainEntityOfPage: `${origin}/nyheter/${eventSlug}`,
      image: `${origin}/delningsbild/nyheter/${eventSlug}`,
      datePublished: '2022',
      dateModified: '2026-11-26T13:00:00+01:00',
      publisher: { '@id': associationId },
    })
    expect(ld).toHaveProperty('author')
    expect(
      newsArticleLd({ ...article, publishedAt: '2026-06-01T10:00:00Z', author: 'Anna Redaktör' }),
    ).toMatchObject({
      datePublished: '2026-06-01T12:00:00+02:00',
      author: { '@type': 'Person', name: 'Anna Redaktör' },
    })
  })
})

describe('Person, Organization, WebSite and BreadcrumbList', () => {
  it('names a speaker with their page, role and organisations', async () => {
    const speaker = await publishedContent.getSpeakerPage('jan-bohman')
    if (!speaker) throw new Error('the bundled dataset has Jan Bohman')

    expect(personLd(speaker)).toMatchObject({
      '@type': 'Person',
      name: 'Jan Bohman',
      url: `${origin}/talare/jan-bohman`,
      jobTitle: expect.any(String),
      affiliation: expect.arrayContaining([
        { '@type': 'Organization', name: 'Borlänge kommun', url: `${origin}/organisationer/borlange-kommun` },
      ]),
    })
  })

  it('names an organisation with its page, place and own website', async () => {
    const organisation = await publishedContent.getOrganisationPage('borlange-kommun')
    if (!organisation) throw new Error('the bundled dataset has Borlänge kommun')

    expect(organisationLd(organisation)).toMatchObject({
      '@type': 'Organization',
      name: organisation.name,
      url: `${origin}/organisationer/borlange-kommun`,
      address: { '@type': 'PostalAddress', addressLocality: 'Borlänge', addressCountry: 'SE' },
    })
  })

  it.each([...hostileHrefs, 'mailto:info@ovako.com'])(
    "leaves out an organisation's website at %j, which is no web page",
    async (website) => {
      const organisation = await publishedContent.getOrganisationPage('ovako')
      if (!organisation) throw new Error('the bundled dataset has Ovako')

      expect(organisationLd({ ...organisation, website })).not.toHaveProperty('sameAs')
      expect(organisationLd(organisation)).toHaveProperty('sameAs', ['https://www.ovako.com'])
    },
  )

  it('gives the association an id, its address and contact, and the site its name', async () => {
    const contact = await publishedContent.getSiteSettings()
    if (!contact) throw new Error('the bundled dataset has the association')

    expect(associationLd(contact)).toMatchObject({
      '@type': 'Organization',
      '@id': associationId,
      name: 'Intresseföreningen Bergslaget',
      url: `${origin}/`,
      address: { '@type': 'PostalAddress', addressCountry: 'SE' },
    })
    expect(websiteLd()).toEqual({
      '@type': 'WebSite',
      name: 'Intresseföreningen Bergslaget',
      url: `${origin}/`,
      inLanguage: 'sv-SE',
      publisher: { '@id': associationId },
    })
  })

  it('numbers the way from the start page, each step with its name and absolute URL', () => {
    expect(sectionPageBreadcrumbs('speaker', { name: 'Jan Bohman', path: '/talare/jan-bohman' })).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Start', item: `${origin}/` },
        { '@type': 'ListItem', position: 2, name: 'Talare', item: `${origin}/talare` },
        { '@type': 'ListItem', position: 3, name: 'Jan Bohman', item: `${origin}/talare/jan-bohman` },
      ],
    })
  })
})
