import { render, screen } from '@testing-library/react'

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
