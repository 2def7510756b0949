import { readdirSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

import type { ReactNode } from 'react'

import { importOnDataset } from './import-on-dataset'
import { redirectOf } from './next-navigation'

type Params = Record<string, string>

interface PageModule {
  default: (props: {
    params: Promise<Params>
    searchParams: Promise<Params>
  }) => ReactNode | Promise<ReactNode>
  generateStaticParams?: () => Params[] | Promise<Params[]>
}

/** A page as a visitor gets it: the root layout around the page, rendered as the document. */
export interface RenderedPage {
  path: string
  document: Document
}

const appDir = join(__dirname, '..', 'app')

// Found on disk rather than listed, so that a page route added tomorrow is rendered too.
const pageRoutes = () =>
  readdirSync(appDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => basename(file) === 'page.tsx')
    .map((file) => dirname(file).replace(/^\.$/, ''))
    .sort()

const dynamicSegment = /\[(\w+)\]/g

async function paramsOf(route: string, page: PageModule): Promise<Params[]> {
  if (page.generateStaticParams) return page.generateStaticParams()
  if (route.includes('[')) throw new Error(`app/${route} has no generateStaticParams to render it with`)
  return [{}]
}

const pathOf = (route: string, params: Params) =>
  `/${route.replace(dynamicSegment, (_, name: string) => params[name] ?? `[${name}]`)}`

/**
 * Renders every page the build would prerender (each page route with each of its static params) on
 * the dataset in `datasetFile`, or those of them whose path `only` accepts, and hands each to `visit`
 * while it is the document. A prerendered old address renders nothing (it redirects) and is skipped.
 * Every page is asked with `searchParams`.
 */
export async function renderEveryPage(
  datasetFile: string,
  searchParams: Params,
  visit: (page: RenderedPage) => void,
  only: (path: string) => boolean = () => true,
): Promise<void> {
  const routes = pageRoutes()
  // Loaded together, so that the pages, the layout and the renderer share one content source and one React.
  const { renderer, layout, pages } = await importOnDataset(datasetFile, async () => ({
    // The renderer's main entry registers cleanup hooks, which cannot be added from inside a test.
    renderer: await import('@testing-library/react/pure'),
    layout: (await import('@/app/layout')).default,
    pages: await Promise.all(
      routes.map(async (route) => ({ route, page: (await import(`@/app/${route}/page`)) as PageModule })),
    ),
  }))
  for (const { route, page } of pages) {
    for (const params of await paramsOf(route, page)) {
      const path = pathOf(route, params)
      if (!only(path)) continue
      let content: ReactNode
      try {
        content = await page.default({
          params: Promise.resolve(params),
          searchParams: Promise.resolve(searchParams),
        })
      } catch (error) {
        if (redirectOf(error)) continue
        throw error
      }
      // The layout renders <html>, so the document itself is the container, as in a browser.
      renderer.render(await layout({ children: content }), { container: document })
      try {
        visit({ path, document })
      } finally {
        renderer.cleanup()
      }
    }
  }
}
