import { createContentApi } from '../content-api'
import { bundledDatasetPath } from '../source/bundled-dataset'
import { createEmbeddedSource } from '../source/embedded-source'
import type { SanityDocument } from '../source/load-dataset'
import { captureContentErrors } from '../testing/capture-content-errors'
import { writeDatasetVariant } from '../testing/dataset-variant'

const bundled = createContentApi(createEmbeddedSource(bundledDatasetPath))

const errors = captureContentErrors()

async function apiWith(edit: (documents: SanityDocument[]) => SanityDocument[]) {
  return createContentApi(createEmbeddedSource(await writeDatasetVariant(edit)))
}

const event = (id: string, dates: Record<string, unknown>): SanityDocument => ({
  _id: id,
  _type: 'event',
  title: id,
  slug: { _type: 'slug', current: id },
  kind: 'seminar',
  status: 'held',
  ...dates,
})

const talkBy = (id: string, eventId: string, speakerId: string, role: string): SanityDocument => ({
  _id: id,
  _type: 'talk',
  title: id,
  slug: { _type: 'slug', current: id },
  order: 1,
  event: { _type: 'reference', _ref: eventId },
  speakers: [{ _key: 'k1', _type: 'talkSpeaker', role, speaker: { _type: 'reference', _ref: speakerId } }],
})

test('a speaker page holds the affiliations, bio and every talk with the role in it', async () => {
  const speaker = await bundled.getSpeakerPage('jan-bohman')

  expect(speaker?.name).toBe('Jan Bohman')
  expect(speaker?.affiliations.map((a) => [a.role, a.organisation.name])).toEqual([
    ['ordförande', 'Intresseföreningen Bergslaget'],
    ['kommunalråd', 'Borlänge kommun'],
  ])
  expect(speaker?.bio.length).toBeGreaterThan(0)
  expect(speaker?.portrait).toBeNull()
  expect(speaker?.talks).toEqual([
    expect.objectContaining({
      slug: 'valkommen-fokusomradet-bergslagens-industri-2022-2023',
      roles: ['host'],
      event: expect.objectContaining({ dateMode: 'unconfirmed', year: 2022 }),
    }),
  ])
  expect(await bundled.getSpeakerPage('finns-inte')).toBeNull()
})

test('talks are listed newest event first, events whose day is not fixed by what is known of their date', async () => {
  const api = await apiWith((documents) => [
    ...documents,
    event('e-2024-05', {
      dateMode: 'fixed',
      startsAt: '2024-05-14T11:00:00Z',
      endsAt: '2024-05-14T14:00:00Z',
    }),
    event('e-2025-03', { dateMode: 'unconfirmed', year: 2025, month: 3 }),
    event('e-2023-11', {
      dateMode: 'fixed',
      startsAt: '2023-11-02T08:00:00Z',
      endsAt: '2023-11-02T10:00:00Z',
    }),
    talkBy('t-2024', 'e-2024-05', 'speaker-jan-bohman', 'moderator'),
    talkBy('t-2025', 'e-2025-03', 'speaker-jan-bohman', 'speaker'),
    talkBy('t-2023', 'e-2023-11', 'speaker-jan-bohman', 'host'),
  ])
  const talks = (await api.getSpeakerPage('jan-bohman'))?.talks

  expect(talks?.map((talk) => [talk.slug, talk.roles])).toEqual([
    ['t-2025', ['speaker']],
    ['t-2024', ['moderator']],
    ['t-2023', ['host']],
    ['valkommen-fokusomradet-bergslagens-industri-2022-2023', ['host']],
  ])
  expect(errors).toEqual([])
})

test('a portrait carries its asset, crop, hotspot and alt text; a broken one is dropped, not the page', async () => {
  const portrait = {
    _type: 'image',
    asset: { _type: 'reference', _ref: 'image-abc123-800x600-jpg' },
    crop: { _type: 'sanity.imageCrop', top: 0.1, bottom: 0, left: 0, right: 0.2 },
    hotspot: { _type: 'sanity.imageHotspot', x: 0.4, y: 0.3, height: 0.5, width: 0.5 },
    alt: 'Jan Bohman på scenen',
  }
  const withPortrait = (value: unknown) =>
    apiWith((documents) =>
      documents.map((doc) => (doc._id === 'speaker-jan-bohman' ? { ...doc, portrait: value } : doc)),
    )

  expect((await (await withPortrait(portrait)).getSpeakerPage('jan-bohman'))?.portrait).toEqual({
    asset: { _ref: 'image-abc123-800x600-jpg' },
    crop: { top: 0.1, bottom: 0, left: 0, right: 0.2 },
    hotspot: { x: 0.4, y: 0.3, height: 0.5, width: 0.5 },
    alt: 'Jan Bohman på scenen',
  })

  // Alt text chosen but no image: no image, and nothing to report.
  const altOnly = await (await withPortrait({ _type: 'image', alt: 'x' })).getSpeakerPage('jan-bohman')
  expect(altOnly?.portrait).toBeNull()
  expect(errors).toEqual([])

  const broken = { ...portrait, asset: { _type: 'reference', _ref: 'file-abc123-pdf' } }
  const speaker = await (await withPortrait(broken)).getSpeakerPage('jan-bohman')
  expect(speaker?.name).toBe('Jan Bohman')
  expect(speaker?.portrait).toBeNull()
  // Logged as the speaker's, the document an editor opens to fix it.
  expect(errors).toEqual([
    expect.stringContaining('invalid portrait of speaker-jan-bohman skipped: asset._ref'),
  ])
})

const speaker = (id: string, name: string, slug = id): SanityDocument => ({
  _id: id,
  _type: 'speaker',
  name,
  slug: { _type: 'slug', current: slug },
})

test('the speakers list is A–Ö in Swedish order, equal names by id', async () => {
  const api = await apiWith((documents) => [
    ...documents,
    speaker('s-o', 'Örjan Ek'),
    speaker('s-a2', 'Åsa Berg'),
    speaker('s-a1', 'åsa berg'),
    speaker('s-ae', 'Ära Lind'),
  ])
  const order = await api.listSpeakerOrder()
  const names = order.map(({ name }) => name)

  // GROQ's code-point order would put Ä (U+00C4) before Å (U+00C5).
  expect(names.slice(-4)).toEqual(['åsa berg', 'Åsa Berg', 'Ära Lind', 'Örjan Ek'])
  expect(names.indexOf('Tobias Mårtensson')).toBeLessThan(names.indexOf('Åsa Berg'))
  expect(names[0]).toBe('Angelica Ekholm')
  // The order is light: what places a speaker and links to them, nothing the page read brings.
  expect(order[0]).toEqual({
    _id: 'speaker-angelica-ekholm',
    name: 'Angelica Ekholm',
    slug: 'angelica-ekholm',
  })
})

test('a page of the list reads its speakers by id, in the order of the ids, with their affiliations', async () => {
  const ids = ['speaker-jan-bohman', 'finns-inte', 'speaker-angelica-ekholm']
  const speakers = await bundled.getSpeakersPage(ids)

  expect(speakers.map(({ _id }) => _id)).toEqual(['speaker-jan-bohman', 'speaker-angelica-ekholm'])
  expect(speakers[0]?.affiliations.map((affiliation) => affiliation.organisation.name)).toEqual([
    'Intresseföreningen Bergslaget',
    'Borlänge kommun',
  ])
  expect(await bundled.getSpeakersPage([])).toEqual([])
})

test('a speaker without a usable name or slug is in no list and has no page; the rest are listed', async () => {
  const api = await apiWith((documents) => [
    ...documents,
    speaker('s-reserved', 'Sida Sidsson', 'sida'),
    { ...speaker('s-nameless', ''), slug: { _type: 'slug', current: 'namnlos' } },
  ])
  const slugs = await api.listSpeakerSlugs()

  expect(slugs).toHaveLength(7)
  expect(slugs).not.toContain('sida')
  expect((await api.listSpeakerOrder()).map(({ _id }) => _id)).not.toContain('s-nameless')
  expect(errors).toEqual(
    expect.arrayContaining([
      expect.stringContaining('invalid speaker s-reserved skipped: slug: slug used by a path of the site'),
      expect.stringContaining('invalid speaker s-nameless skipped: name'),
    ]),
  )
})
