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

test('a page announces its feeds as alternates, by content type, at absolute URLs', () => {
  const { alternates } = pageMetadata({
    title: 'Nyheter',
    description: 'Nyheter',
    path: '/nyheter',
    feeds: [
      { type: 'application/rss+xml', title: 'Nyheter (RSS)', path: '/nyheter/rss.xml' },
      { type: 'application/atom+xml', title: 'Nyheter (Atom)', path: '/nyheter/atom.xml' },
      { type: 'application/rss+xml', title: 'Mer (RSS)', path: '/mer/rss.xml' },
    ],
  })

  expect(alternates).toEqual({
    canonical: 'http://localhost:3000/nyheter',
    types: {
      'application/rss+xml': [
        { url: 'http://localhost:3000/nyheter/rss.xml', title: 'Nyheter (RSS)' },
        { url: 'http://localhost:3000/mer/rss.xml', title: 'Mer (RSS)' },
      ],
      'application/atom+xml': [{ url: 'http://localhost:3000/nyheter/atom.xml', title: 'Nyheter (Atom)' }],
    },
  })
})
