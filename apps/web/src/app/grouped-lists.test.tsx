import { rmSync } from 'node:fs'
import { dirname } from 'node:path'

import { compareSwedish } from '@bergslaget/content'
import {
  generateDocuments,
  writeGeneratedDataset,
  type DatasetSize,
} from '@bergslaget/content/testing/generated-dataset'
import { screen, within } from '@testing-library/react'
import type * as Renderer from '@testing-library/react/pure'
import type { ReactNode } from 'react'

import { organisationKindOrder } from '@/lib/organisations/group-by-kind'
import type { LaterPageRouteProps } from '@/lib/pagination/later-page-route'
import { perPage } from '@/lib/pagination/list-pages'
import { importOnDataset } from '@/testing/import-on-dataset'
import { expectNotFound } from '@/testing/next-navigation'

// The speakers, organisations and events lists on a generated dataset with three pages of each, read
// through the embedded source as the site reads it: each page shows its share of the list in order,
// under its groups, and every link of the index leads to a page that has the group's heading.

jest.setTimeout(60_000)

const size: DatasetSize = {
  speakers: perPage.speaker * 2 + 50,
  organisations: perPage.organisation * 2 + 20,
  events: perPage.event * 2 + 10,
  talks: 0,
  articles: 0,
}
const documents = generateDocuments(size)
const ofType = (type: string) => documents.filter((document) => document._type === type)
const byId = (a: { _id: string }, b: { _id: string }) => (a._id < b._id ? -1 : 1)

/** The lists' orders, worked out from the documents without the site's code. */
const expected = {
  talare: ofType('speaker')
    .sort((a, b) => compareSwedish(String(a.name), String(b.name)) || byId(a, b))
    .map((speaker) => String(speaker.name)),
  organisationer: ofType('organisation')
    .sort(
      (a, b) =>
        organisationKindOrder.indexOf(a.kind as never) - organisationKindOrder.indexOf(b.kind as never) ||
        compareSwedish(String(a.name), String(b.name)) ||
        byId(a, b),
    )
    .map((organisation) => String(organisation.name)),
  // Every generated event is known by its year only, all of them past: newest year first, then by id.
  evenemang: ofType('event')
    .sort((a, b) => Number(b.year) - Number(a.year) || byId(a, b))
    .map((event) => String(event.title)),
}
type Section = keyof typeof expected
const sizes: Record<Section, number> = {
  talare: perPage.speaker,
  organisationer: perPage.organisation,
  evenemang: perPage.event,
}

interface Routes {
  first: { default: () => Promise<ReactNode> }
  later: {
    default: (props: LaterPageRouteProps) => Promise<ReactNode>
    generateStaticParams: () => Promise<{ page: string }[]>
    generateMetadata: (props: LaterPageRouteProps) => Promise<{ title?: unknown; alternates?: unknown }>
  }
}

let datasetFile: string
let site: { renderer: typeof Renderer; routes: Record<Section, Routes> }

beforeAll(async () => {
  datasetFile = await writeGeneratedDataset(size)
  site = await importOnDataset(datasetFile, async () => ({
    renderer: await import('@testing-library/react/pure'),
    routes: {
      talare: { first: await import('./talare/page'), later: await import('./talare/sida/[page]/page') },
      organisationer: {
        first: await import('./organisationer/page'),
        later: await import('./organisationer/sida/[page]/page'),
      },
      evenemang: {
        first: await import('./evenemang/page'),
        later: await import('./evenemang/sida/[page]/page'),
      },
    },
  }))
})

afterEach(() => site.renderer.cleanup())
afterAll(() => rmSync(dirname(datasetFile), { recursive: true, force: true }))

const later = (page: string): LaterPageRouteProps => ({ params: Promise.resolve({ page }) })

/** Renders the page at a path of one of the lists (`/talare`, `/talare/sida/2`). */
async function renderPath(path: string) {
  const [, section, , page] = path.split('/') as [string, Section, string?, string?]
  const { first, later: laterPages } = site.routes[section]
  site.renderer.cleanup()
  site.renderer.render(page ? await laterPages.default(later(page)) : await first.default())
}

/** The titles or names of the entries the page shows, in order. */
function entries(section: Section): string[] {
  const groups = screen
    .getAllByRole('region')
    .filter((region) => region.id !== '' && region.id !== 'tidigare')
  if (section === 'evenemang') {
    return groups.flatMap((group) => within(group).getAllByRole('heading', { level: 4 }).map(textOf))
  }
  return groups.flatMap((group) =>
    within(group)
      .getAllByRole('listitem')
      .map((item) => textOf(item.querySelector('a'))),
  )
}
const textOf = (element: Element | null) => element?.textContent ?? ''

const sections = Object.keys(expected) as Section[]

test.each(sections)('/%s: each of its three pages shows its share of the list, in order', async (section) => {
  const list = expected[section]
  const perPageHere = sizes[section]
  for (const [page, path] of [`/${section}`, `/${section}/sida/2`, `/${section}/sida/3`].entries()) {
    await renderPath(path)
    expect(entries(section)).toEqual(list.slice(page * perPageHere, (page + 1) * perPageHere))
    expect(
      screen.getByText(
        `Visar ${page * perPageHere + 1}–${Math.min(list.length, (page + 1) * perPageHere)} av ${list.length}`,
      ),
    ).toBeInTheDocument()
    const pages = screen.getByRole('navigation', { name: 'Sidnumrering' })
    expect(within(pages).getByRole('link', { name: `Sida ${page + 1}` })).toHaveAttribute(
      'aria-current',
      'page',
    )
  }
})

test.each(sections)(
  '/%s: every link of the index leads to the page where its group starts, and its heading',
  async (section) => {
    await renderPath(`/${section}/sida/2`)
    const index = screen.getAllByRole('navigation').find((nav) => nav.className === 'jump-links')
    const links = within(index as HTMLElement)
      .getAllByRole('link')
      .map((link) => ({ text: textOf(link), href: link.getAttribute('href') ?? '' }))
    const counts = within(index as HTMLElement)
      .getAllByRole('listitem')
      .map((item) => Number(/\((\d+)\)$/.exec(textOf(item))?.[1]))

    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(expected[section].length)
    expect(new Set(links.map(({ href }) => href.split('#')[0])).size).toBeGreaterThan(1)
    for (const { text, href } of links) {
      const [path = '', id = ''] = href.split('#')
      await renderPath(path)
      expect(document.getElementById(id)).toHaveAccessibleName(text)
      // It starts there: the page before does not have it.
      const page = Number(path.split('/')[3] ?? 1)
      if (page > 1) {
        await renderPath(page === 2 ? `/${section}` : `/${section}/sida/${page - 1}`)
        expect({ href, before: document.getElementById(id) }).toEqual({ href, before: null })
      }
    }
  },
)

test('a letter that goes on to the next page repeats its heading there', async () => {
  const initial = (index: number) => expected.talare[index]?.charAt(0).toUpperCase()
  const boundary = [1, 2].find(
    (page) => initial(page * perPage.speaker) === initial(page * perPage.speaker - 1),
  )
  if (!boundary) throw new Error('the generated dataset splits no letter between pages')
  const letter = initial(boundary * perPage.speaker) ?? ''

  await renderPath(boundary === 1 ? '/talare' : `/talare/sida/${boundary}`)
  expect(screen.getAllByRole('heading', { level: 2 }).at(-1)).toHaveTextContent(letter)
  await renderPath(`/talare/sida/${boundary + 1}`)
  expect(screen.getAllByRole('heading', { level: 2 })[0]).toHaveTextContent(letter)
  expect(screen.getAllByRole('region')[0]).toHaveAccessibleName(letter)
})

test('the events list has its upcoming events on the first page only', async () => {
  await renderPath('/evenemang')
  expect(screen.getByRole('region', { name: 'Kommande evenemang' })).toHaveTextContent(
    'Inga kommande evenemang är planerade just nu.',
  )
  await renderPath('/evenemang/sida/2')
  expect(screen.queryByRole('region', { name: 'Kommande evenemang' })).toBeNull()
  expect(screen.getByRole('region', { name: 'Tidigare evenemang' })).toBeInTheDocument()
})

test.each(sections)(
  '/%s: pages 2 and 3 are prerendered with their titles; /sida/1 and page 4 are 404',
  async (section) => {
    const { later: laterPages } = site.routes[section]

    expect(await laterPages.generateStaticParams()).toEqual([{ page: '2' }, { page: '3' }])
    const metadata = await laterPages.generateMetadata(later('3'))
    expect(metadata.title).toMatch(/, sida 3$/)
    expect(JSON.stringify(metadata.alternates)).toContain(`/${section}/sida/3`)
    await expectNotFound(laterPages.default(later('1')))
    await expectNotFound(laterPages.default(later('4')))
    await expectNotFound(laterPages.default(later('02')))
  },
)
