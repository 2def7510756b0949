import { createContentApi } from '../content-api'
import { bundledDatasetPath } from '../source/bundled-dataset'
import { createEmbeddedSource } from '../source/embedded-source'
import { captureContentErrors } from '../testing/capture-content-errors'
import { apiWithEachDocument } from '../testing/dataset-variant'

const errors = captureContentErrors()

test('the association with its listed members, their counties, its chair and its contact details', async () => {
  const about = await createContentApi(createEmbeddedSource(bundledDatasetPath)).getAboutPage()

  expect(about?.name).toBe('Intresseföreningen Bergslaget')
  expect(about?.memberCount).toBe(29)
  expect(about?.members).toHaveLength(17)
  expect(about?.members.find((member) => member.slug === 'region-gavleborg')).toMatchObject({
    kind: 'region',
    county: 'Gävleborg',
  })
  expect(about?.chair?.slug).toBe('jan-bohman')
  expect(about?.focusAreas.map((area) => area.title)).toEqual(['Bergslagens industri'])
  expect(about).toMatchObject({
    address: { street: 'Myntgatan 2', postalCode: '791 51', city: 'Falun' },
    organisationNumber: '885501-2327',
    website: 'https://bergslaget.se',
  })
})

test('the site settings carry the same contact details, and the footer links (info-pages.test.ts)', async () => {
  const settings = await createContentApi(createEmbeddedSource(bundledDatasetPath)).getSiteSettings()

  expect(settings).toEqual({
    name: 'Intresseföreningen Bergslaget',
    address: { street: 'Myntgatan 2', postalCode: '791 51', city: 'Falun' },
    organisationNumber: '885501-2327',
    website: 'https://bergslaget.se',
    email: null,
    footerLinks: expect.any(Array),
  })
})

test('a website that is not a web address is dropped and logged; the rest of the association stays', async () => {
  const api = await apiWithEachDocument((doc) =>
    doc._type === 'association' ? { ...doc, website: 'javascript:alert(1)', email: 'inte en adress' } : doc,
  )
  const settings = await api.getSiteSettings()

  expect(settings).toMatchObject({ name: 'Intresseföreningen Bergslaget', website: null, email: null })
  expect((await api.getAboutPage())?.members).toHaveLength(17)
  expect(errors).toEqual(
    expect.arrayContaining([
      expect.stringContaining('invalid association website'),
      expect.stringContaining('invalid association e-mail'),
    ]),
  )
})

test('a member that is no longer an organisation with a slug is left out and logged', async () => {
  const api = await apiWithEachDocument((doc) => {
    if (doc._id !== 'organisation-nora-kommun') return doc
    const { slug, ...withoutSlug } = doc
    return withoutSlug
  })

  expect((await api.getAboutPage())?.members).toHaveLength(16)
  expect(errors).toEqual([expect.stringContaining('invalid member organisation-nora-kommun skipped: slug')])
})
