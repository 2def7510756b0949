import { rm } from 'node:fs/promises'
import { dirname } from 'node:path'

import { createContentApi, type ContentApi } from '../content-api'
import { createEmbeddedSource } from '../source/embedded-source'
import { captureContentErrors } from '../testing/capture-content-errors'
import { unroutableDocuments, writeFaultyDataset } from '../testing/faulty-dataset'

// A list is read in two steps: every document's listing (its order), then one page's summaries by id
// (summaries.ts). The pages that exist, the pages of the list and the entries on them all follow from
// the listing, so it must let through exactly the documents whose summary passes: a document listed but
// without a summary would be an entry missing from its page and a page that is not found.

captureContentErrors()

let api: ContentApi
let path: string
beforeAll(async () => {
  path = await writeFaultyDataset()
  api = createContentApi(createEmbeddedSource(path))
})
afterAll(() => rm(dirname(path), { recursive: true }))

const lists = {
  speaker: (content: ContentApi) => ({ order: content.listSpeakerOrder, page: content.getSpeakersPage }),
  organisation: (content: ContentApi) => ({
    order: content.listOrganisationOrder,
    page: content.getOrganisationsPage,
  }),
  event: (content: ContentApi) => ({ order: content.listEventOrder, page: content.getEventsPage }),
  article: (content: ContentApi) => ({ order: content.listArticleOrder, page: content.getArticlesPage }),
}

test.each(Object.keys(lists) as (keyof typeof lists)[])(
  '%s: the order lists exactly the documents whose summary passes, faulty ones left out',
  async (type) => {
    const { order, page } = lists[type](api)
    const ids = (await order()).map(({ _id }) => _id)
    const linkable = (await api.listSitePages()).documents
      .filter(({ target }) => target._type === type)
      .map(({ target }) => target._id)

    expect(ids.length).toBeGreaterThan(0)
    expect([...ids].sort()).toEqual([...linkable].sort())
    expect((await page(ids)).map(({ _id }) => _id)).toEqual(ids)
    const faulty = unroutableDocuments.filter((document) => document.page.type === type)
    expect(ids.filter((id) => faulty.some((document) => document.id === id))).toEqual([])
  },
)
