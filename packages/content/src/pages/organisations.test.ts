import { createContentApi } from '../content-api'
import { bundledDatasetPath } from '../source/bundled-dataset'
import { createEmbeddedSource } from '../source/embedded-source'
import type { SanityDocument } from '../source/load-dataset'
import { captureContentErrors } from '../testing/capture-content-errors'
import { writeDatasetVariant } from '../testing/dataset-variant'

const bundled = createContentApi(createEmbeddedSource(bundledDatasetPath))
const seminarSlug = 'tillsammans-for-en-hallbar-och-innovativ-industri-i-bergslagen'

const errors = captureContentErrors()

test("an organisation's page holds its people, their talks, the talks about it and the articles naming it", async () => {
  const ovako = await bundled.getOrganisationPage('ovako')

  expect(ovako).toMatchObject({ name: 'Ovako', kind: 'company', website: 'https://www.ovako.com' })
  expect(ovako?.people).toEqual([
    expect.objectContaining({
      _id: 'speaker-goran-nystrom',
      name: 'Göran Nyström',
      slug: 'goran-nystrom',
      roles: ['vice vd'],
    }),
  ])
  expect(ovako?.talks).toEqual([
    expect.objectContaining({
      slug: 'ovakos-vatgassatsning-i-hofors',
      event: expect.objectContaining({ slug: seminarSlug }),
      speakers: [
        expect.objectContaining({
          role: 'speaker',
          speaker: expect.objectContaining({ name: 'Göran Nyström' }),
        }),
      ],
    }),
  ])
  expect(ovako?.concerningTalks.map((talk) => talk.slug)).toEqual([
    'valkommen-fokusomradet-bergslagens-industri-2022-2023',
  ])
  expect(ovako?.events).toEqual([])
  expect(ovako?.articles.map((article) => article.slug)).toEqual([seminarSlug])
  expect(await bundled.getOrganisationPage('finns-inte')).toBeNull()
})

test('hosted and partnered events are told apart', async () => {
  const host = await bundled.getOrganisationPage('intresseforeningen-bergslaget')
  const partner = await bundled.getOrganisationPage('dalarna-science-park')

  expect(host?.events.map((event) => [event.slug, event.hosted])).toEqual([[seminarSlug, true]])
  expect(partner?.events.map((event) => [event.slug, event.hosted])).toEqual([[seminarSlug, false]])
})

test('a talk given by two of its people is listed once; people are A–Ö', async () => {
  const hogskolan = await bundled.getOrganisationPage('hogskolan-dalarna')

  expect(hogskolan?.people.map((person) => person.name)).toEqual(['Patrick Kenger', 'Tobias Mårtensson'])
  expect(hogskolan?.talks).toHaveLength(1)
  expect(hogskolan?.talks[0]?.speakers.map((entry) => entry.speaker.name)).toEqual([
    'Patrick Kenger',
    'Tobias Mårtensson',
  ])
})

test('a bad website address does not take the page down; the site decides whether to link it', async () => {
  const path = await writeDatasetVariant((documents: SanityDocument[]) =>
    documents.map((doc) =>
      doc._id === 'organisation-ovako' ? { ...doc, website: 'javascript:alert(1)' } : doc,
    ),
  )
  const ovako = await createContentApi(createEmbeddedSource(path)).getOrganisationPage('ovako')

  expect(ovako?.website).toBe('javascript:alert(1)')
  expect(errors).toEqual([])
})

test('the organisations list is A–Ö in Swedish order', async () => {
  const names = (await bundled.listOrganisationOrder()).map((organisation) => organisation.name)

  // Code-point order (GROQ's) would put "SSAB" before "Sandvik" (upper-case S before a).
  const s = names.filter((name) => name.startsWith('S'))
  expect(s).toEqual([
    'Sandvik',
    'Sandvikens kommun',
    'Setra',
    'Smedjebackens kommun',
    'SSAB',
    'Säters kommun',
  ])
  expect(names.at(-1)).toBe('Volvokoncernen')
})

test('a page of the list reads its organisations by id, in the order of the ids, with their city', async () => {
  const organisations = await bundled.getOrganisationsPage(['organisation-ovako', 'organisation-falu-kommun'])

  expect(organisations.map(({ name, city }) => [name, city])).toEqual([
    ['Ovako', null],
    ['Falu kommun', 'Falun'],
  ])
})
