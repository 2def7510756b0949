import { createContentApi } from '../content-api'
import { bundledDatasetPath } from '../source/bundled-dataset'
import { createEmbeddedSource } from '../source/embedded-source'
import { writeDatasetVariant } from '../testing/dataset-variant'

const slug = 'tillsammans-for-en-hallbar-och-innovativ-industri-i-bergslagen'

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
