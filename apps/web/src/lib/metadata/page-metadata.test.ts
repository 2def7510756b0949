import { pageMetadata } from './page-metadata'

test('a page gets its title, description, canonical URL and Open Graph from one call', () => {
  expect(
    pageMetadata({ title: 'Evenemang', description: 'Kommande och tidigare evenemang', path: '/evenemang' }),
  ).toEqual({
    title: 'Evenemang',
    description: 'Kommande och tidigare evenemang',
    alternates: { canonical: 'http://localhost:3000/evenemang' },
    openGraph: {
      title: 'Evenemang',
      description: 'Kommande och tidigare evenemang',
      url: 'http://localhost:3000/evenemang',
      siteName: 'Intresseföreningen Bergslaget',
      locale: 'sv_SE',
      type: 'website',
    },
  })
})
