import { eventDateFields } from '../fragments/event-date'
import {
  articleSummaryShape,
  eventSummaryShape,
  organisationSummaryShape,
  speakerSummaryShape,
  talkSummaryShape,
} from '../fragments/summaries'
import { runRead } from '../read'
import { bundledDatasetPath } from '../source/bundled-dataset'
import type { ContentSource } from '../source/content-source'
import { createEmbeddedSource } from '../source/embedded-source'
import { captureContentErrors } from '../testing/capture-content-errors'

import { getArticlePage } from './articles'
import { getEventPage } from './events'
import { getOrganisationPage } from './organisations'
import { getSpeakerPage } from './speakers'
import { getTalkPage } from './talks'

// A page is its document's summary (what every link to it is checked against) plus details, and a
// detail never costs the page: otherwise a document could be linked and still have no page. Here every
// field of a page outside its summary is broken at once and the page must still render; a field added
// to a page without documentOf or listOf fails this test.

const errors = captureContentErrors()
const bundled = createEmbeddedSource(bundledDatasetPath)
const eventSlug = 'tillsammans-for-en-hallbar-och-innovativ-industri-i-bergslagen'

/** The bundled source, with every field of a page's result but `summary`'s replaced by a bad value. */
function breakingAllBut(summary: string[]): { source: ContentSource; broken: string[] } {
  const broken: string[] = []
  const source: ContentSource = {
    kind: bundled.kind,
    fetch: async (query, params, options) => {
      const result = (await bundled.fetch(query, params, options)) as Record<string, unknown>
      const details = Object.keys(result).filter((key) => !summary.includes(key))
      broken.push(...details)
      return { ...result, ...Object.fromEntries(details.map((key) => [key, { broken: true }])) }
    },
  }
  return { source, broken }
}

const keys = (shape: object, ...more: string[]) => [...Object.keys(shape), ...more]

test.each([
  [
    'speaker',
    keys(speakerSummaryShape),
    (source: ContentSource) => runRead(getSpeakerPage, source, 'jan-bohman'),
  ],
  [
    'organisation',
    keys(organisationSummaryShape),
    (source: ContentSource) => runRead(getOrganisationPage, source, 'ovako'),
  ],
  // `isUpcoming` is not a field but GROQ's reading of the summary's date.
  [
    'event',
    keys(eventSummaryShape, ...Object.keys(eventDateFields), 'isUpcoming'),
    (source: ContentSource) => runRead(getEventPage, source, eventSlug),
  ],
  [
    'article',
    keys(articleSummaryShape),
    (source: ContentSource) => runRead(getArticlePage, source, eventSlug),
  ],
  [
    'talk',
    keys(talkSummaryShape),
    (source: ContentSource) => runRead(getTalkPage, source, eventSlug, 'ovakos-vatgassatsning-i-hofors'),
  ],
])('%s: the page renders with every detail broken, each dropped and logged', async (_type, summary, read) => {
  const { source, broken } = breakingAllBut(summary)
  const page = (await read(source)) as Record<string, unknown> | null

  expect(page).not.toBeNull()
  expect(broken.length).toBeGreaterThan(2)
  expect(errors).toHaveLength(broken.length)
})
