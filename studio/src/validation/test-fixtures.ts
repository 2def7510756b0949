import type { SanityDocument } from 'sanity'

const meta = { _createdAt: '2026-11-26T12:00:00Z', _updatedAt: '2026-11-26T12:00:00Z', _rev: 'fixture' }
const ref = (id: string, key?: string) => ({ _type: 'reference', _ref: id, ...(key && { _key: key }) })
const text = (value: string, key: string) => [
  {
    _type: 'block',
    _key: key,
    style: 'normal',
    markDefs: [],
    children: [{ _type: 'span', _key: `${key}s`, text: value, marks: [] }],
  },
]

/**
 * A small dataset that satisfies every rule; tests break one thing at a time. Its event has no
 * registration link: the event is in the past, where a link is a warning (tests add one with dates
 * relative to today).
 */
export function validFixture(): SanityDocument[] {
  return [
    {
      ...meta,
      _id: 'association',
      _type: 'association',
      name: 'Intresseföreningen Bergslaget',
      intro: 'Kommuner och regioner i Bergslagen som arbetar tillsammans.',
      memberCount: 29,
      members: [ref('organisation-falu-kommun', 'a1b2c3d4e5f6')],
      counties: ['Dalarna'],
      organisationNumber: '123456-7890',
      website: 'https://bergslaget.se',
      chair: ref('speaker-anna-andersson'),
      focusAreas: [{ _key: 'f1f2f3f4f5f6', _type: 'focusArea', title: 'Industri', period: '2022–2023' }],
    },
    {
      ...meta,
      _id: 'organisation-falu-kommun',
      _type: 'organisation',
      name: 'Falu kommun',
      slug: { _type: 'slug', current: 'falu-kommun' },
      kind: 'municipality',
      website: 'https://www.falun.se',
      city: 'Falun',
      county: 'Dalarna',
    },
    {
      ...meta,
      _id: 'speaker-anna-andersson',
      _type: 'speaker',
      name: 'Anna Andersson',
      slug: { _type: 'slug', current: 'anna-andersson' },
      affiliations: [
        {
          _key: 'b1b2b3b4b5b6',
          _type: 'affiliation',
          organisation: ref('organisation-falu-kommun'),
          role: 'kommunalråd',
        },
      ],
      bio: text(
        'Anna är kommunalråd i Falun och ordförande i föreningen. Hon arbetar med industri, kompetens och samverkan i regionen.',
        'c1c2c3c4c5c6',
      ),
      portrait: { _type: 'image', asset: ref('image-abc123-600x800-jpg'), alt: 'Anna Andersson' },
      links: [{ _key: 'd1d2d3d4d5d6', _type: 'link', title: 'E-post', url: 'mailto:anna@falun.se' }],
    },
    {
      ...meta,
      _id: 'image-abc123-600x800-jpg',
      _type: 'sanity.imageAsset',
      assetId: 'abc123',
      sha1hash: 'abc123',
      extension: 'jpg',
      mimeType: 'image/jpeg',
      size: 48213,
      path: 'images/placeholder/production/abc123-600x800.jpg',
      url: 'https://cdn.sanity.io/images/placeholder/production/abc123-600x800.jpg',
    },
    {
      ...meta,
      _id: 'event-arsmote-2026',
      _type: 'event',
      title: 'Årsmöte 2026',
      slug: { _type: 'slug', current: 'arsmote-2026' },
      kind: 'annualMeeting',
      dateMode: 'fixed',
      startsAt: '2026-04-23T07:30:00Z',
      endsAt: '2026-04-23T14:00:00Z',
      venue: { _type: 'venue', name: 'Kulturhuset', city: 'Falun' },
      hosts: [ref('organisation-falu-kommun', 'e1e2e3e4e5e6')],
      status: 'planned',
    },
    {
      ...meta,
      _id: 'talk-valkommen',
      _type: 'talk',
      title: 'Välkommen',
      slug: { _type: 'slug', current: 'valkommen' },
      event: ref('event-arsmote-2026'),
      speakers: [
        { _key: 'a9a8a7a6a5a4', _type: 'talkSpeaker', speaker: ref('speaker-anna-andersson'), role: 'host' },
      ],
      order: 1,
    },
    {
      ...meta,
      _id: 'article-kallelse',
      _type: 'article',
      title: 'Kallelse till årsmöte',
      slug: { _type: 'slug', current: 'kallelse' },
      kind: 'news',
      publishedAt: '2026-03-01T08:00:00Z',
      excerpt: 'Välkommen till årsmötet i Falun den 23 april.',
      event: ref('event-arsmote-2026'),
    },
  ]
}
