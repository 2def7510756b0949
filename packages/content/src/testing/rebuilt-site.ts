import { createContentApi, type ContentApi } from '../content-api'
import type { ArticleSummary } from '../fragments/summaries'
import { articlesOfKind } from '../pages/articles'
import { createEmbeddedSource } from '../source/embedded-source'
import type { ArticleKind } from '../vocabularies'

export { writeDatasetVariant } from './dataset-variant'
// The home page's lists, read as the site's home page reads them.
export { readHomeLists } from '../pages/home-page'

/**
 * The content API as the site reads it after a rebuild over `datasetPath`: for workflow tests in
 * other workspaces (the Studio's), which check that new content shows up on the pages.
 */
export function contentApiOver(datasetPath: string): ContentApi {
  return createContentApi(createEmbeddedSource(datasetPath))
}

/**
 * The news archive of one kind (or of all) as the site reads it, all its pages at once: the order read,
 * then the summaries of every entry by id.
 */
export async function readArchive(
  api: ContentApi,
  kind: ArticleKind | null = null,
): Promise<ArticleSummary[]> {
  const order = articlesOfKind(await api.listArticleOrder(), kind)
  return api.getArticlesPage(order.map(({ _id }) => _id))
}
