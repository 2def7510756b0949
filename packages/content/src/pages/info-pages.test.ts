import { createContentApi } from '../content-api'
import { bundledDatasetPath } from '../source/bundled-dataset'
import { createEmbeddedSource } from '../source/embedded-source'
import type { SanityDocument } from '../source/load-dataset'
import { captureContentErrors } from '../testing/capture-content-errors'
import { writeDatasetVariant } from '../testing/dataset-variant'

const bundled = createContentApi(createEmbeddedSource(bundledDatasetPath))

const errors = captureContentErrors()

const apiWith = async (edit: (documents: SanityDocument[]) => SanityDocument[]) =>
  createContentApi(createEmbeddedSource(await writeDatasetVariant(edit)))

test('the bundled dataset has the accessibility statement, the privacy page and the statutes', async () => {
  expect(await bundled.listInfoPageSlugs()).toEqual(
    expect.arrayContaining(['tillganglighet', 'personuppgifter', 'stadgar']),
  )
  const statement = await bundled.getInfoPage('tillganglighet')

  expect(statement).toMatchObject({
    title: 'Tillgänglighetsredogörelse',
    slug: 'tillganglighet',
    _updatedAt: '2026-12-01T06:00:00Z',
  })
  const headings = statement?.body.filter((block) => block.style === 'h2').map((block) => block.children)
  expect(headings?.flat().map((span) => span?.text)).toEqual([
    'Hur tillgänglig är webbplatsen?',
    'Så har vi testat webbplatsen',
    'Rapportera brister',
    'Tillsyn',
    'Om redogörelsen',
  ])
  expect(await bundled.getInfoPage('finns-inte')).toBeNull()
})

test('the footer links the pages the association names, in its order', async () => {
  const settings = await bundled.getSiteSettings()

  expect(settings?.footerLinks.map(({ title, slug }) => [title, slug])).toEqual([
    ['Tillgänglighetsredogörelse', 'tillganglighet'],
    ['Personuppgifter', 'personuppgifter'],
    ['Stadgar', 'stadgar'],
  ])
  expect(errors).toEqual([])
})

test('a footer link to a page without one is left out and logged with its id; the others stay', async () => {
  const api = await apiWith((documents) =>
    documents.map((doc) => (doc._id === 'infoPage-stadgar' ? { ...doc, slug: { current: 'talare' } } : doc)),
  )
  const settings = await api.getSiteSettings()

  expect(settings?.footerLinks.map(({ slug }) => slug)).toEqual(['tillganglighet', 'personuppgifter'])
  expect(errors.join('\n')).toContain('infoPage-stadgar')
  expect(await api.getInfoPage('talare')).toBeNull()
})

test('a footer link to a deleted page is left out', async () => {
  const api = await apiWith((documents) => documents.filter((doc) => doc._id !== 'infoPage-personuppgifter'))

  expect((await api.getSiteSettings())?.footerLinks.map(({ slug }) => slug)).toEqual([
    'tillganglighet',
    'stadgar',
  ])
})
