import { getArticlePage, listArticleSlugs } from './pages/article-page'
import { getEventPage, listEventSlugs } from './pages/event-page'
import { getHomePage } from './pages/home-page'
import type { ContentSource } from './source/content-source'

/** Everything the site may ask for, one function per use, bound to one source. */
export function createContentApi(source: ContentSource) {
  return {
    getHomePage: () => getHomePage(source),
    getArticlePage: (slug: string) => getArticlePage(source, slug),
    listArticleSlugs: () => listArticleSlugs(source),
    getEventPage: (slug: string) => getEventPage(source, slug),
    listEventSlugs: () => listEventSlugs(source),
  }
}

export type ContentApi = ReturnType<typeof createContentApi>
