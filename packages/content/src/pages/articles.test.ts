import { createContentApi } from '../content-api'
import { bundledDatasetPath } from '../source/bundled-dataset'
import { createEmbeddedSource } from '../source/embedded-source'
import type { SanityDocument } from '../source/load-dataset'
import { captureContentErrors } from '../testing/capture-content-errors'
import { writeDatasetVariant } from '../testing/dataset-variant'
import { readArchive } from '../testing/rebuilt-site'

const errors = captureContentErrors()

const slug = 'tillsammans-for-en-hallbar-och-innovativ-industri-i-bergslagen'

function article(id: string, kind: 'news' | 'seminarReport', date: Partial<SanityDocument>): SanityDocument {
  return { _id: id, _type: 'article', title: id, slug: { _type: 'slug', current: id }, kind, ...date }
}

test('the bundled seminar report is the one article, listed under its kind only', async () => {
  const api = createContentApi(createEmbeddedSource(bundledDatasetPath))

  expect((await readArchive(api)).map((item) => [item.kind, item.publishedYear])).toEqual([
    ['seminarReport', 2022],
  ])
  expect(await readArchive(api, 'seminarReport')).toHaveLength(1)
  expect(await readArchive(api, 'news')).toEqual([])
})

test('newest first; an article with only a year sorts as the start of that year; ties by id', async () => {
  const path = await writeDatasetVariant((documents) => [
    ...documents,
    article('nyhet-maj-2023', 'news', { publishedAt: '2023-05-02T08:00:00Z' }),
    article('rapport-2023-b', 'seminarReport', { publishedYear: 2023 }),
    article('rapport-2023-a', 'seminarReport', { publishedYear: 2023 }),
    article('nyhet-dec-2022', 'news', { publishedAt: '2022-12-01T08:00:00Z' }),
    article('nyhet-2021', 'news', { publishedAt: '2021-01-15T08:00:00Z' }),
  ])
  const api = createContentApi(createEmbeddedSource(path))

  expect((await readArchive(api)).map((item) => item.slug)).toEqual([
    'nyhet-maj-2023',
    'rapport-2023-a',
    'rapport-2023-b',
    'nyhet-dec-2022',
    'tillsammans-for-en-hallbar-och-innovativ-industri-i-bergslagen',
    'nyhet-2021',
  ])
  expect((await readArchive(api, 'news')).map((item) => item.slug)).toEqual([
    'nyhet-maj-2023',
    'nyhet-dec-2022',
    'nyhet-2021',
  ])
})

test('an article without any date is left out and logged; the rest is listed', async () => {
  const path = await writeDatasetVariant((documents) => [...documents, article('utan-datum', 'news', {})])
  const api = createContentApi(createEmbeddedSource(path))

  expect((await readArchive(api)).map((item) => item.slug)).toEqual([
    'tillsammans-for-en-hallbar-och-innovativ-industri-i-bergslagen',
  ])
  expect(errors).toEqual([expect.stringContaining('invalid article utan-datum skipped')])
})

test('the people and organisations the body links to, each once; its event is not among them', async () => {
  const article = await createContentApi(createEmbeddedSource(bundledDatasetPath)).getArticlePage(slug)

  const speakers = article?.mentionedSpeakers.map((speaker) => speaker.slug) ?? []
  const organisations = article?.mentionedOrganisations.map((organisation) => organisation.slug) ?? []
  expect([...speakers].sort()).toEqual([
    'angelica-ekholm',
    'goran-nystrom',
    'jan-bohman',
    'kjell-johansson',
    'patrick-kenger',
    'per-sjolander',
    'tobias-martensson',
  ])
  expect(organisations).toHaveLength(19)
  expect(new Set(organisations).size).toBe(organisations.length)
  expect(organisations).toEqual(expect.arrayContaining(['hitachi-energy', 'borlange-kommun']))
  expect(speakers.concat(organisations)).not.toContain(article?.event?.slug)
})

test('a link to a person who has since been deleted mentions no one', async () => {
  const path = await writeDatasetVariant((documents) =>
    documents.filter((doc) => doc._id !== 'speaker-goran-nystrom'),
  )
  const article = await createContentApi(createEmbeddedSource(path)).getArticlePage(slug)

  expect(article?.mentionedSpeakers.map((speaker) => speaker.slug)).not.toContain('goran-nystrom')
  expect(article?.mentionedSpeakers).toHaveLength(6)
})
