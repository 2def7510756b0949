import { readFileSync } from 'node:fs'

import { bundledDatasetPath, parseNdjson } from '@bergslaget/content/dataset'
import { upcomingAndPast } from '@bergslaget/content/event-dates'
import {
  contentApiOver,
  readArchive,
  readHomeLists,
  writeDatasetVariant,
} from '@bergslaget/content/testing/rebuilt-site'
import type { SanityDocument } from 'sanity'

import { problemsByDocument } from '../content-check/format-report'
import { checkDataset } from '../validation/validate-documents'

import { seminarReportDocuments, seminarReportIds as ids } from './seminar-report-documents'

// The "done when" workflow of the content round trip: an editor adds a seminar, its programme, a
// new speaker and the report; the Studio accepts them (the same validation as content:check),
// and after a rebuild over the dataset that holds them the site's pages show them.
const added = seminarReportDocuments()
// Loading the schema and validating ~60 documents takes 2–6 s on a busy machine.
const bundled = () =>
  parseNdjson(readFileSync(bundledDatasetPath, 'utf8'), bundledDatasetPath) as SanityDocument[]

describe('adding a seminar report', () => {
  it('passes the Studio validation together with the bundled dataset, without errors or warnings', async () => {
    const report = await checkDataset([...bundled(), ...added])
    expect(problemsByDocument(report)).toEqual([])
    expect(report.errorCount).toBe(0)
  }, 60_000)

  describe('after a rebuild', () => {
    let content: ReturnType<typeof contentApiOver>
    const eventSlug = 'framtidens-gruvor-i-bergslagen'
    const reportSlug = 'rapport-framtidens-gruvor-i-bergslagen'

    beforeAll(async () => {
      content = contentApiOver(await writeDatasetVariant((documents) => [...documents, ...added]))
    })

    it('was not on the site before', async () => {
      const before = contentApiOver(bundledDatasetPath)
      expect(await before.getEventPage(eventSlug)).toBeNull()
      expect(await before.getArticlePage(reportSlug)).toBeNull()
    })

    it('shows the event with its programme in order, the new speaker and the report', async () => {
      const event = await content.getEventPage(eventSlug)
      expect(event).toMatchObject({ _id: ids.event, isUpcoming: true, status: 'planned', kind: 'seminar' })
      expect(event?.programme.map((talk) => [talk.order, talk.slug])).toEqual([
        [1, 'valkommen-framtidens-gruvor'],
        [2, 'gruvnaringens-kompetensbehov'],
      ])
      expect(event?.programme[0]?.speakers.map(({ role, speaker }) => [role, speaker.slug])).toEqual([
        ['host', 'jan-bohman'],
      ])
      expect(event?.programme[1]?.speakers).toEqual([
        {
          _key: 'sp2sp2sp2sp2',
          role: 'speaker',
          speaker: expect.objectContaining({
            _id: ids.speaker,
            name: 'Maria Lindqvist',
            affiliations: [
              expect.objectContaining({
                role: 'näringslivschef',
                organisation: expect.objectContaining({ slug: 'ludvika-kommun' }),
              }),
            ],
          }),
        },
      ])
      expect(event?.reports.map(({ slug, kind }) => [slug, kind])).toEqual([[reportSlug, 'seminarReport']])
    })

    it('shows the report with its event and the speaker it links to', async () => {
      const article = await content.getArticlePage(reportSlug)
      expect(article).toMatchObject({ _id: ids.report, kind: 'seminarReport', author: 'Kansliet' })
      expect(article?.event?.slug).toBe(eventSlug)
      expect(article?.mentionedSpeakers.map(({ slug }) => slug)).toEqual(['maria-lindqvist'])
    })

    it('gives the new speaker a page listing her talk at the event', async () => {
      const speaker = await content.getSpeakerPage('maria-lindqvist')
      expect(speaker?.talks.map(({ slug, roles }) => [slug, roles])).toEqual([
        ['gruvnaringens-kompetensbehov', ['speaker']],
      ])
      expect(await content.listSpeakerSlugs()).toContain('maria-lindqvist')
    })

    it('gives each talk its page under the event', async () => {
      const talk = await content.getTalkPage(eventSlug, 'gruvnaringens-kompetensbehov')
      expect(talk).toMatchObject({ _id: ids.keynote, title: 'Gruvnäringens kompetensbehov' })
      expect(await content.listTalkParams()).toEqual(
        expect.arrayContaining([
          { event: eventSlug, talk: 'valkommen-framtidens-gruvor' },
          { event: eventSlug, talk: 'gruvnaringens-kompetensbehov' },
        ]),
      )
    })

    it('puts the report first in the news and the seminar among the upcoming events', async () => {
      const home = await readHomeLists(content, new Date())
      expect(home.articles[0]?.slug).toBe(reportSlug)
      expect(home.upcomingEvents.map(({ slug }) => slug)).toContain(eventSlug)

      expect((await readArchive(content))[0]?.slug).toBe(reportSlug)
      expect((await readArchive(content, 'seminarReport')).map(({ slug }) => slug)).toContain(reportSlug)
      expect((await readArchive(content, 'news')).map(({ slug }) => slug)).not.toContain(reportSlug)

      const events = upcomingAndPast(await content.listEventOrder(), new Date())
      expect(events.upcoming.map(({ slug }) => slug)).toContain(eventSlug)
      expect(events.past.map(({ slug }) => slug)).not.toContain(eventSlug)
    })
  })
})
