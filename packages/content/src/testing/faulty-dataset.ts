import type { PageParams } from '../pages/addresses'
import { routes } from '../site-paths'
import type { SanityDocument } from '../source/load-dataset'

import { writeDatasetVariant } from './dataset-variant'
import {
  bundledArticleId,
  bundledEvent,
  editBundled,
  host,
  plantedDocuments,
  talkWithBrokenSlides,
} from './faulty-documents'

// The bundled dataset with faults planted where the site links: one document for each way a document
// can lose its page, each linked from valid documents in every way the site links (lists, programme,
// affiliations, members, mentions, rich text), and valid documents with one broken detail each. The
// content package's link test and the web's e2e crawl (exported as
// @bergslaget/content/testing/faulty-dataset) read the same faults.

export type { PageParams } from '../pages/addresses'

export interface PlantedDocument {
  id: string
  /** What is wrong with it, for test names. */
  fault: string
  page: PageParams
  /** The page's path on the site. */
  path: string
}

/** A document with one broken detail: it keeps its page and its links, without that detail. */
export interface DegradedDocument extends PlantedDocument {
  /** The field of its page that is null because its value is invalid. */
  field: string
}

function pathOf(page: PageParams): string {
  return page.type === 'talk' ? routes.talk(page.event, page.talk) : routes[page.type](page.slug)
}

const planted = (id: string, fault: string, page: PageParams): PlantedDocument => ({
  id,
  fault,
  page,
  path: pathOf(page),
})

/** Documents that must have no page and no link to them. */
export const unroutableDocuments: PlantedDocument[] = [
  planted('speaker-utan-namn', 'no name', { type: 'speaker', slug: 'utan-namn' }),
  planted('speaker-for-lang-slug', 'a slug longer than 96 characters', {
    type: 'speaker',
    slug: `for-lang-${'x'.repeat(90)}`,
  }),
  planted('organisation-ovako-ab', 'a slug with capitals and a space', {
    type: 'organisation',
    slug: 'Ovako AB',
  }),
  planted('organisation-okand-typ', 'an unknown kind', { type: 'organisation', slug: 'okand-typ' }),
  planted('event-trasigt-datum', 'a fixed date without a start', { type: 'event', slug: 'trasigt-datum' }),
  planted('talk-trasig-ordning', 'a programme position that is not a number', {
    type: 'talk',
    event: bundledEvent.slug,
    talk: 'trasig-ordning',
  }),
  planted('talk-pa-trasigt-evenemang', 'an event without a page', {
    type: 'talk',
    event: 'trasigt-datum',
    talk: 'pa-trasigt-evenemang',
  }),
  planted('article-okand-typ', 'an unknown kind', { type: 'article', slug: 'okand-typ' }),
  planted('article-sida', 'a slug the news archive uses', { type: 'article', slug: 'sida' }),
]

const degraded = (id: string, fault: string, page: PageParams, field: string): DegradedDocument => ({
  ...planted(id, fault, page),
  field,
})

/** Valid documents with one broken detail each. */
export const degradedDocuments: DegradedDocument[] = [
  degraded(
    'event-trasig-anmalan',
    'a registration address that is not a web address',
    { type: 'event', slug: 'trasig-anmalan' },
    'registrationUrl',
  ),
  degraded(
    'talk-samverkan-med-naringslivet-i-hofors-och-projektet-framtid-haga',
    'a start time that is not a time',
    {
      type: 'talk',
      event: bundledEvent.slug,
      talk: 'samverkan-med-naringslivet-i-hofors-och-projektet-framtid-haga',
    },
    'startsAt',
  ),
  degraded(
    bundledArticleId,
    'an author that is not text',
    {
      type: 'article',
      slug: 'tillsammans-for-en-hallbar-och-innovativ-industri-i-bergslagen',
    },
    'author',
  ),
  degraded(
    'speaker-patrick-kenger',
    'a portrait that is not an image',
    { type: 'speaker', slug: 'patrick-kenger' },
    'portrait',
  ),
  degraded(
    talkWithBrokenSlides,
    'a presentation file whose address is not a web address',
    {
      type: 'talk',
      event: bundledEvent.slug,
      talk: 'hogskolan-dalarna-samverkan-och-kompetensforsorjning',
    },
    'slides',
  ),
  degraded(
    'organisation-hogskolan-dalarna',
    'a city that is not text',
    {
      type: 'organisation',
      slug: 'hogskolan-dalarna',
    },
    'city',
  ),
]

/** The bundled dataset with the faults planted. */
export function plantFaults(documents: SanityDocument[]): SanityDocument[] {
  const added = plantedDocuments()
  // The faults are planted around bundled documents: fail loudly, not vacuously, if one is gone.
  const ids = new Set([...documents, ...added].map((doc) => doc._id))
  const needed = [bundledEvent.id, bundledArticleId, host, 'association', 'speaker-goran-nystrom']
  for (const id of [...needed, ...degradedDocuments.map((doc) => doc.id)]) {
    if (!ids.has(id)) throw new Error(`faulty dataset: no document ${id} to plant faults around`)
  }
  const linked = unroutableDocuments.map(({ id }) => id)
  return [...documents.map((doc) => editBundled(doc, linked)), ...added]
}

/** Writes the faulty dataset to a scratch NDJSON file and returns its absolute path. */
export function writeFaultyDataset(): Promise<string> {
  return writeDatasetVariant(plantFaults)
}
