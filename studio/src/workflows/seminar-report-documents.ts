import type { SanityDocument } from 'sanity'

const DAY = 24 * 60 * 60 * 1000
const at = (start: Date, minutes: number) => new Date(start.getTime() + minutes * 60 * 1000).toISOString()
const meta = { _createdAt: '2026-11-26T12:00:00Z', _updatedAt: '2026-11-26T12:00:00Z', _rev: 'workflow' }
const ref = (id: string) => ({ _type: 'reference', _ref: id })
const paragraph = (key: string, text: string) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs: [],
  children: [{ _type: 'span', _key: `${key}s`, text, marks: [] }],
})

export const seminarReportIds = {
  event: 'event-framtidens-gruvor-i-bergslagen',
  welcome: 'talk-valkommen-framtidens-gruvor',
  keynote: 'talk-gruvnaringens-kompetensbehov',
  speaker: 'speaker-maria-lindqvist',
  report: 'article-rapport-framtidens-gruvor',
} as const

/**
 * What an editor adds in the Studio for a new seminar and its report: the event (a fixed date a
 * month after `now`, so it stays upcoming whenever the test runs), its two programme points, a new
 * speaker working at a member municipality, and the report that links to her. Existing documents
 * (the association's own organisation, Ludvika kommun, Jan Bohman) come from the bundled dataset.
 * The talks are listed out of programme order on purpose: the site orders by `order`.
 */
export function seminarReportDocuments(now = new Date()): SanityDocument[] {
  const startsAt = new Date(Math.floor(now.getTime() / DAY) * DAY + 30 * DAY + 8 * 60 * 60 * 1000)
  return [
    {
      ...meta,
      _id: seminarReportIds.keynote,
      _type: 'talk',
      title: 'Gruvnäringens kompetensbehov',
      slug: { _type: 'slug', current: 'gruvnaringens-kompetensbehov' },
      event: ref(seminarReportIds.event),
      speakers: [
        {
          _key: 'sp2sp2sp2sp2',
          _type: 'talkSpeaker',
          speaker: ref(seminarReportIds.speaker),
          role: 'speaker',
        },
      ],
      order: 2,
      startsAt: at(startsAt, 30),
      endsAt: at(startsAt, 90),
      summary: [
        paragraph('ks1ks1ks1ks1', 'Maria Lindqvist om vilka yrken gruvorna behöver de kommande tio åren.'),
      ],
      concerns: [{ ...ref('organisation-ludvika-kommun'), _key: 'co2co2co2co2' }],
    },
    {
      ...meta,
      _id: seminarReportIds.welcome,
      _type: 'talk',
      title: 'Välkommen',
      slug: { _type: 'slug', current: 'valkommen-framtidens-gruvor' },
      event: ref(seminarReportIds.event),
      speakers: [
        { _key: 'sp1sp1sp1sp1', _type: 'talkSpeaker', speaker: ref('speaker-jan-bohman'), role: 'host' },
      ],
      order: 1,
    },
    {
      ...meta,
      _id: seminarReportIds.speaker,
      _type: 'speaker',
      name: 'Maria Lindqvist',
      slug: { _type: 'slug', current: 'maria-lindqvist' },
      affiliations: [
        {
          _key: 'af1af1af1af1',
          _type: 'affiliation',
          organisation: ref('organisation-ludvika-kommun'),
          role: 'näringslivschef',
        },
      ],
      bio: [
        paragraph(
          'bi1bi1bi1bi1',
          'Maria Lindqvist är näringslivschef i Ludvika kommun och arbetar med gruvnäringens kompetensförsörjning.',
        ),
      ],
    },
    {
      ...meta,
      _id: seminarReportIds.event,
      _type: 'event',
      title: 'Framtidens gruvor i Bergslagen',
      slug: { _type: 'slug', current: 'framtidens-gruvor-i-bergslagen' },
      kind: 'seminar',
      status: 'planned',
      dateMode: 'fixed',
      startsAt: startsAt.toISOString(),
      endsAt: at(startsAt, 6 * 60),
      venue: { _type: 'venue', name: 'Folkets hus', city: 'Ludvika' },
      hosts: [{ ...ref('organisation-intresseforeningen-bergslaget'), _key: 'ho1ho1ho1ho1' }],
      description: [paragraph('de1de1de1de1', 'Ett seminarium om gruvnäringens framtid i Bergslagen.')],
    },
    {
      ...meta,
      _id: seminarReportIds.report,
      _type: 'article',
      title: 'Rapport: Framtidens gruvor i Bergslagen',
      slug: { _type: 'slug', current: 'rapport-framtidens-gruvor-i-bergslagen' },
      kind: 'seminarReport',
      publishedAt: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      excerpt: 'Så gick seminariet om gruvnäringens framtid.',
      event: ref(seminarReportIds.event),
      body: [
        {
          _type: 'block',
          _key: 'bo1bo1bo1bo1',
          style: 'normal',
          markDefs: [
            { _type: 'internalLink', _key: 'li1li1li1li1', reference: ref(seminarReportIds.speaker) },
          ],
          children: [
            { _type: 'span', _key: 'bo1s1', text: 'Maria Lindqvist', marks: ['li1li1li1li1'] },
            { _type: 'span', _key: 'bo1s2', text: ' talade om kompetensförsörjning.', marks: [] },
          ],
        },
      ],
      author: 'Kansliet',
    },
  ]
}
