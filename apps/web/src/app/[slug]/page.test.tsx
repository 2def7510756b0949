import { render, screen } from '@testing-library/react'

import { content } from '@/lib/content'
import { expectNotFound } from '@/testing/next-navigation'

import InfoPageRoute, { generateMetadata, generateStaticParams } from './page'

const params = (slug: string) => ({ params: Promise.resolve({ slug }) })

test('every page editors own in the bundled dataset is prerendered', async () => {
  const slugs = (await generateStaticParams()).map(({ slug }) => slug)
  expect(slugs).toEqual(expect.arrayContaining(['tillganglighet', 'personuppgifter', 'stadgar']))
  expect(new Set(slugs).size).toBe(slugs.length)
})

test('the accessibility statement: its heading, its sections, the way to report a problem and its date', async () => {
  render(await InfoPageRoute(params('tillganglighet')))

  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Tillgänglighetsredogörelse')
  expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
    'Hur tillgänglig är webbplatsen?',
    'Så har vi testat webbplatsen',
    'Rapportera brister',
    'Tillsyn',
    'Om redogörelsen',
  ])
  expect(screen.getByRole('link', { name: 'Myndigheten för digital förvaltning (Digg)' })).toHaveAttribute(
    'href',
    'https://www.digg.se/',
  )
  expect(screen.getByText(/^Senast uppdaterad/)).toHaveTextContent('Senast uppdaterad 1 december 2026')
  expect(screen.getByText('1 december 2026')).toHaveAttribute('dateTime', '2026-12-01T06:00:00Z')
})

test("the statutes link the event of the association's annual meeting", async () => {
  render(await InfoPageRoute(params('stadgar')))

  expect(screen.getByRole('link', { name: 'seminarium om industrin i Bergslagen' })).toHaveAttribute(
    'href',
    '/evenemang/tillsammans-for-en-hallbar-och-innovativ-industri-i-bergslagen',
  )
})

test("metadata: the page's title and the editor's description", async () => {
  const metadata = await generateMetadata(params('personuppgifter'))
  expect(metadata.title).toBe('Personuppgifter')
  expect(metadata.description).toMatch(/^Vilka personuppgifter webbplatsen visar/)
})

test.each(['finns-inte', 'favicon.ico', 'wp-login.php', 'Tillganglighet'])(
  '%s is not found',
  async (slug) => {
    await expectNotFound(InfoPageRoute(params(slug)))
    await expectNotFound(generateMetadata(params(slug)))
  },
)

// Every one-segment path that is no section comes to this route; in hosted mode each read is a query.
test.each(['favicon.ico', 'wp-login.php', 'Tillganglighet', '.env'])(
  '%s, which no slug can be, is not found without a read',
  async (slug) => {
    const pageRead = jest.spyOn(content, 'getInfoPage')
    const movedRead = jest.spyOn(content, 'findMoved')
    await expectNotFound(InfoPageRoute(params(slug)))
    expect(pageRead).not.toHaveBeenCalled()
    expect(movedRead).not.toHaveBeenCalled()
    pageRead.mockRestore()
    movedRead.mockRestore()
  },
)

test('a slug that may be a page is read', async () => {
  const pageRead = jest.spyOn(content, 'getInfoPage')
  await expectNotFound(InfoPageRoute(params('finns-inte')))
  expect(pageRead).toHaveBeenCalledWith('finns-inte')
  pageRead.mockRestore()
})
