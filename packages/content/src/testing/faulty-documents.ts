import type { SanityDocument } from '../source/load-dataset'

// The documents of the faulty dataset (faulty-dataset.ts says which faults they plant and where their
// pages would be): new documents, each referenced from valid ones wherever the site links, and edits
// of bundled documents.

export const bundledEvent = {
  id: 'event-seminarium-arsmote-2022',
  slug: 'tillsammans-for-en-hallbar-och-innovativ-industri-i-bergslagen',
}
export const bundledArticleId = 'article-tillsammans-for-en-hallbar-och-innovativ-industri-i-bergslagen'
export const host = 'organisation-intresseforeningen-bergslaget'
export const talkWithBrokenSlides = 'talk-hogskolan-dalarna-samverkan-och-kompetensforsorjning'
const brokenSlidesFile = 'file-trasig-presentation-pdf'

const ref = (id: string, key = `k-${id}`) => ({ _type: 'reference', _key: key, _ref: id })
const slug = (current: string) => ({ _type: 'slug', current })
const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

/** A paragraph whose words link to documents, as an editor's internal links. */
function linksParagraph(key: string, targets: string[]) {
  return {
    _type: 'block',
    _key: key,
    style: 'normal',
    markDefs: targets.map((id, index) => ({
      _type: 'internalLink',
      _key: `${key}-m${index}`,
      reference: ref(id),
    })),
    children: targets.map((id, index) => ({
      _type: 'span',
      _key: `${key}-s${index}`,
      text: `${index === 0 ? 'Se även' : ','} ${id}`,
      marks: [`${key}-m${index}`],
    })),
  }
}

const talkSpeaker = (speaker: string, role = 'speaker') => ({
  _type: 'talkSpeaker',
  _key: `ts-${speaker}`,
  role,
  speaker: { _type: 'reference', _ref: speaker },
})

/** The planted documents, each linked from where the site would link it. */
export function plantedDocuments(): SanityDocument[] {
  return [
    {
      _id: 'speaker-utan-namn',
      _type: 'speaker',
      slug: slug('utan-namn'),
      affiliations: [
        { _type: 'affiliation', _key: 'a1', role: 'ingenjör', organisation: ref('organisation-ovako') },
      ],
    },
    {
      _id: 'speaker-for-lang-slug',
      _type: 'speaker',
      name: 'För Lång Slug',
      slug: slug(`for-lang-${'x'.repeat(90)}`),
      affiliations: [
        {
          _type: 'affiliation',
          _key: 'a1',
          role: 'forskare',
          organisation: ref('organisation-hogskolan-dalarna'),
        },
      ],
    },
    {
      _id: 'organisation-ovako-ab',
      _type: 'organisation',
      name: 'Ovako AB',
      slug: slug('Ovako AB'),
      kind: 'company',
    },
    {
      _id: 'organisation-okand-typ',
      _type: 'organisation',
      name: 'Okänd typ',
      slug: slug('okand-typ'),
      kind: 'kommun',
    },
    {
      _id: 'event-trasigt-datum',
      _type: 'event',
      title: 'Evenemang med trasigt datum',
      slug: slug('trasigt-datum'),
      kind: 'seminar',
      status: 'planned',
      dateMode: 'fixed',
      hosts: [ref(host)],
      partners: [ref('organisation-ovako-ab')],
    },
    {
      _id: 'event-trasig-anmalan',
      _type: 'event',
      title: 'Evenemang med trasig anmälningsadress',
      slug: slug('trasig-anmalan'),
      kind: 'seminar',
      status: 'planned',
      dateMode: 'fixed',
      startsAt: daysFromNow(30),
      endsAt: daysFromNow(30.1),
      registrationUrl: 'javascript:alert(1)',
      hosts: [ref(host), ref('organisation-okand-typ')],
    },
    {
      _id: 'talk-trasig-ordning',
      _type: 'talk',
      title: 'Föredrag med trasig ordning',
      slug: slug('trasig-ordning'),
      event: { _type: 'reference', _ref: bundledEvent.id },
      order: 'tre',
      speakers: [talkSpeaker('speaker-jan-bohman'), talkSpeaker('speaker-goran-nystrom', 'moderator')],
      concerns: [ref('organisation-ovako')],
    },
    {
      _id: 'talk-pa-trasigt-evenemang',
      _type: 'talk',
      title: 'Föredrag på ett evenemang utan sida',
      slug: slug('pa-trasigt-evenemang'),
      event: { _type: 'reference', _ref: 'event-trasigt-datum' },
      order: 1,
      speakers: [talkSpeaker('speaker-jan-bohman')],
      concerns: [ref('organisation-ovako')],
    },
    {
      _id: brokenSlidesFile,
      _type: 'sanity.fileAsset',
      url: 'data:text/html,<script>alert(1)</script>',
      originalFilename: 'presentation.pdf',
      extension: 'pdf',
      size: 1024,
    },
    {
      _id: 'article-okand-typ',
      _type: 'article',
      title: 'Artikel av okänd typ',
      slug: slug('okand-typ'),
      kind: 'blog',
      publishedAt: daysFromNow(-1),
      event: { _type: 'reference', _ref: bundledEvent.id },
      body: [linksParagraph('b-okand', ['organisation-ovako'])],
    },
    {
      _id: 'article-sida',
      _type: 'article',
      title: 'Artikel som heter sida',
      slug: slug('sida'),
      kind: 'news',
      publishedAt: daysFromNow(-2),
      body: [linksParagraph('b-sida', ['organisation-ovako'])],
    },
  ]
}

/**
 * A bundled document with links to the planted ones, or one broken detail. `linkedFromRichText`: the
 * documents the bundled article's body links to at its end.
 */
export function editBundled(doc: SanityDocument, linkedFromRichText: string[]): SanityDocument {
  const list = (field: string) => (Array.isArray(doc[field]) ? (doc[field] as unknown[]) : [])
  switch (doc._id) {
    case 'association':
      return {
        ...doc,
        members: [...list('members'), ref('organisation-ovako-ab'), ref('organisation-okand-typ')],
      }
    case bundledEvent.id:
      return {
        ...doc,
        hosts: [...list('hosts'), ref('organisation-ovako-ab'), ref('organisation-okand-typ')],
      }
    case 'speaker-goran-nystrom':
      return {
        ...doc,
        affiliations: [
          ...list('affiliations'),
          {
            _type: 'affiliation',
            _key: 'a-ovako-ab',
            role: 'styrelseledamot',
            organisation: ref('organisation-ovako-ab'),
          },
        ],
      }
    case 'talk-ovakos-vatgassatsning-i-hofors':
      return {
        ...doc,
        speakers: [
          ...list('speakers'),
          talkSpeaker('speaker-utan-namn'),
          talkSpeaker('speaker-for-lang-slug', 'host'),
        ],
        concerns: [...list('concerns'), ref('organisation-ovako-ab'), ref('organisation-okand-typ')],
      }
    case 'talk-samverkan-med-naringslivet-i-hofors-och-projektet-framtid-haga':
      return { ...doc, startsAt: 'kl 13' }
    case bundledArticleId: {
      const links = linksParagraph('b-faults', linkedFromRichText)
      return { ...doc, author: 42, body: [...list('body'), links] }
    }
    case 'speaker-patrick-kenger':
      return { ...doc, portrait: { _type: 'image', asset: { _type: 'reference', _ref: 'file-abc123-pdf' } } }
    case 'organisation-hogskolan-dalarna':
      return { ...doc, city: 17 }
    case talkWithBrokenSlides:
      return { ...doc, slides: { _type: 'file', asset: { _type: 'reference', _ref: brokenSlidesFile } } }
    default:
      return doc
  }
}
