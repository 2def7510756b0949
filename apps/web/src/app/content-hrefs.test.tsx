import { rmSync } from 'node:fs'
import { dirname } from 'node:path'

import { safeHref } from '@/lib/safe-href'
import { writeAddressDataset } from '@/testing/address-dataset'
import { hostileHrefs } from '@/testing/hostile-hrefs'
import { renderEveryPage, type RenderedPage } from '@/testing/render-every-page'

// Every page of the site, rendered on content with a hostile address in every address field, must
// link nothing but what the allow-list (lib/safe-href) lets through. The check walks every href of
// each rendered page, not the links it knows of, so a field added tomorrow and rendered without the
// allow-list fails here.

// The layout's draft-mode tools render only in draft preview (a hosted project and a token, neither
// set here); their module, next-sanity's visual editing, needs web APIs that jsdom lacks.
jest.mock('@/lib/draft/draft-mode-tools', () => ({ DraftModeTools: () => null }))

// Each hostile form is a dataset of its own, with the site loaded anew on it (about a second each).
jest.setTimeout(120_000)

// The search page lists its hits only when asked for a word the content holds.
const searchParams = { q: 'kommun' }

const hrefsOf = (document: Document) =>
  Array.from(document.querySelectorAll('[href]'), (element) => element.getAttribute('href') ?? '')

/** What the site may link: what the allow-list lets through, or an element of the page itself. */
const isSafe = (href: string, document: Document) =>
  safeHref(href) !== null ||
  (/^#./.test(href) && document.getElementById(decodeURIComponent(href.slice(1))) !== null)

/** Renders the pages on the dataset `address` makes (see testing/address-dataset), then removes it. */
async function renderOnAddresses(
  address: (n: number) => string,
  visit: (page: RenderedPage) => void,
  only?: (path: string) => boolean,
) {
  const { path, addressCount } = await writeAddressDataset(address)
  try {
    await renderEveryPage(path, searchParams, visit, only)
  } finally {
    rmSync(dirname(path), { recursive: true, force: true })
  }
  return addressCount
}

const markers = 'https://adress.example/'
const marker = (n: number) => `${markers}${n}`

// With a marker in each address field: every page, and the markers each one links.
const control = { linkedOn: new Map<string, Set<string>>(), addresses: [] as string[] }

/**
 * The pages to try hostile addresses on: those that link an address, each with the layout around it.
 * A page that links none of the markers but the layout's (which every page links) shows no address
 * field, so rendering it again could find nothing; leaving it out keeps the runs below short.
 */
function pagesWithAddresses(): Set<string> {
  const linked = [...control.linkedOn.values()]
  const onEveryPage = (address: string) => linked.every((addresses) => addresses.has(address))
  const paths = [...control.linkedOn].filter(([, addresses]) => [...addresses].some((a) => !onEveryPage(a)))
  return new Set(paths.map(([path]) => path))
}

beforeAll(async () => {
  const count = await renderOnAddresses(marker, ({ path, document }) => {
    control.linkedOn.set(path, new Set(hrefsOf(document).filter((href) => href.startsWith(markers))))
  })
  control.addresses = Array.from({ length: count }, (_, n) => marker(n))
})

test('every address in the content is linked from some page, so each field is tried below', () => {
  const linked = new Set([...control.linkedOn.values()].flatMap((addresses) => [...addresses]))
  expect(control.addresses.length).toBeGreaterThan(20)
  expect(control.addresses.filter((address) => !linked.has(address))).toEqual([])
  expect(pagesWithAddresses().size).toBeGreaterThan(10)
})

test.each(hostileHrefs)(
  'with %j in every address field, every page renders and links only what the allow-list lets through',
  async (hostile) => {
    const tried = pagesWithAddresses()
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const rendered: string[] = []
    const unsafe: string[] = []
    await renderOnAddresses(
      () => hostile,
      ({ path, document }) => {
        rendered.push(path)
        for (const href of hrefsOf(document))
          if (!isSafe(href, document)) unsafe.push(`${path}: ${JSON.stringify(href)}`)
      },
      (path) => tried.has(path),
    )
    const messages = logged.mock.calls.map(([message]) => String(message))
    logged.mockRestore()

    expect(unsafe).toEqual([])
    // A hostile address costs its link (the content layer may drop it, and says so), never a page.
    expect(rendered.sort()).toEqual([...tried].sort())
    expect(messages.filter((message) => !message.startsWith('[content] invalid '))).toEqual([])
  },
)
