import { createContentApi } from '../content-api'
import { hrefFor, routes } from '../site-paths'
import { bundledDatasetPath } from '../source/bundled-dataset'
import { createEmbeddedSource } from '../source/embedded-source'
import { captureContentErrors } from '../testing/capture-content-errors'
import { writeFaultyDataset } from '../testing/faulty-dataset'
import { prerenderedPages } from '../testing/read-arguments'

import type { PageParams } from './addresses'

const errors = captureContentErrors()

const pathOf = (page: PageParams) =>
  page.type === 'talk' ? routes.talk(page.event, page.talk) : routes[page.type](page.slug)

test.each([
  ['the bundled dataset', async () => bundledDatasetPath],
  ['a dataset with planted faults', writeFaultyDataset],
])('in %s, the pages listed are exactly the pages prerendered', async (_name, datasetPath) => {
  const api = createContentApi(createEmbeddedSource(await datasetPath()))
  const { documents } = await api.listSitePages()

  const listed = documents.map(({ target }) => hrefFor(target))
  expect([...listed].sort()).toEqual((await prerenderedPages(api)).map(pathOf).sort())
  expect(new Set(listed).size).toBe(listed.length)
})

test("each page is dated by its document's last change, and the association by its own", async () => {
  const { documents, association } = await createContentApi(
    createEmbeddedSource(bundledDatasetPath),
  ).listSitePages()

  expect(documents.length).toBe(53)
  for (const { _updatedAt } of documents) expect(new Date(_updatedAt ?? '').getTime()).not.toBeNaN()
  expect(association).toBe('2026-11-26T12:00:00Z')
  expect(errors).toEqual([])
})
