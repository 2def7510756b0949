import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import type { SanityDocument } from '../source/load-dataset'
import { articleKinds, eventKinds, organisationKinds } from '../vocabularies'

// A dataset of any size shaped like the bundled one (the same types, fields and references, Swedish
// text with å, ä and ö), for measuring reads at a size the bundled dataset does not reach. The same
// size and seed give the same documents, so two runs measure the same thing.

/** How many documents of each type. */
export interface DatasetSize {
  events: number
  talks: number
  speakers: number
  organisations: number
  articles: number
}

/** About 4,000 documents, the proportions of a few years of the association's activity. */
export const benchmarkDatasetSize: DatasetSize = {
  events: 300,
  talks: 1500,
  speakers: 1000,
  organisations: 600,
  articles: 400,
}

/**
 * The benchmark's proportions `factor` times over: issue 12 measures at 1 (about 4,000 documents) and
 * 5 (about 20,000), each bench at the same sizes so their tables can be read side by side.
 */
export function benchmarkDatasetSizeTimes(factor: number): DatasetSize {
  const scaled = Object.entries(benchmarkDatasetSize).map(([type, count]) => [
    type,
    Math.round(count * factor),
  ])
  return Object.fromEntries(scaled) as unknown as DatasetSize
}

/** Words the texts are made of; the search benchmark's queries are drawn from them too. */
export const generatedWords = [
  'kommun',
  'kommuner',
  'region',
  'regionen',
  'industri',
  'industrins',
  'hållbar',
  'hållbara',
  'innovation',
  'samverkan',
  'näringsliv',
  'näringslivet',
  'kompetensförsörjning',
  'vätgas',
  'stål',
  'gruva',
  'gruvor',
  'skog',
  'järnväg',
  'bredband',
  'elektrifiering',
  'energi',
  'batterier',
  'omställning',
  'tillväxt',
  'utbildning',
  'högskola',
  'forskning',
  'arbetsmarknad',
  'bostäder',
  'kollektivtrafik',
  'landsbygd',
  'besöksnäring',
  'kultur',
  'föreningar',
  'ungdomar',
  'integration',
  'digitalisering',
  'vatten',
  'klimat',
  'Bergslagen',
  'Borlänge',
  'Ludvika',
  'Falun',
  'Fagersta',
  'Hofors',
  'Sandviken',
  'Lindesberg',
  'Säter',
  'Örebro',
  'Västerås',
  'Gävle',
  'Karlstad',
  'Filipstad',
  'Kristinehamn',
  'Smedjebacken',
  'Norberg',
  'Avesta',
  'Nora',
  'Ljusnarsberg',
  'seminarium',
  'årsmöte',
  'konferens',
  'framtid',
  'möjligheter',
  'utmaningar',
  'erfarenheter',
  'projekt',
  'satsning',
  'etablering',
  'företag',
  'myndighet',
  'län',
]

const firstNames = [
  'Anna',
  'Björn',
  'Åsa',
  'Göran',
  'Eva',
  'Per',
  'Märta',
  'Sören',
  'Ingrid',
  'Jönsson',
  'Lena',
  'Örjan',
]
const lastNames = [
  'Nyström',
  'Åberg',
  'Öhman',
  'Bohman',
  'Sjölander',
  'Ekholm',
  'Mårtensson',
  'Lindqvist',
  'Häll',
  'Berg',
]
const roles = ['kommunalråd', 'näringslivschef', 'vd', 'forskare', 'projektledare', 'ordförande', 'rektor']

/** A small deterministic random source (mulberry32), so a seed gives the same dataset every run. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function generateDocuments(size: DatasetSize = benchmarkDatasetSize, seed = 1): SanityDocument[] {
  const next = random(seed)
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T
  const words = (count: number) => Array.from({ length: count }, () => pick(generatedWords)).join(' ')
  const sentence = (count: number) => {
    const text = words(count)
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`
  }
  const richText = (sentences: number) => [
    {
      _type: 'block',
      _key: 'b1',
      style: 'normal',
      markDefs: [],
      children: [
        {
          _type: 'span',
          _key: 's1',
          marks: [],
          text: Array.from({ length: sentences }, () => sentence(8 + Math.floor(next() * 10))).join(' '),
        },
      ],
    },
  ]
  const ref = (_ref: string, _key?: string) => ({ _type: 'reference', _ref, ...(_key ? { _key } : {}) })
  const slug = (current: string) => ({ _type: 'slug', current })
  const base = (type: string, n: number) => ({
    _id: `${type}-generated-${n}`,
    _type: type,
    _createdAt: '2026-01-01T12:00:00Z',
    _updatedAt: '2026-01-01T12:00:00Z',
  })

  const organisations = Array.from({ length: size.organisations }, (_, n) => ({
    ...base('organisation', n),
    name: `${pick(generatedWords)} ${pick(['kommun', 'AB', 'region', 'förening', 'science park'])} ${n}`,
    slug: slug(`organisation-${n}`),
    kind: pick(organisationKinds.values),
    city: pick(generatedWords.slice(40, 60)),
    description: sentence(20),
  }))
  const speakers = Array.from({ length: size.speakers }, (_, n) => ({
    ...base('speaker', n),
    name: `${pick(firstNames)} ${pick(lastNames)} ${n}`,
    slug: slug(`talare-${n}`),
    affiliations: [
      {
        _key: 'a1',
        _type: 'affiliation',
        role: pick(roles),
        organisation: ref(`organisation-generated-${Math.floor(next() * size.organisations)}`),
      },
    ],
    bio: richText(3),
  }))
  const events = Array.from({ length: size.events }, (_, n) => ({
    ...base('event', n),
    title: `${sentence(5).slice(0, -1)} ${n}`,
    slug: slug(`evenemang-${n}`),
    kind: pick(eventKinds.values),
    status: 'held',
    dateMode: 'unconfirmed',
    year: 2000 + (n % 26),
    venue: { _type: 'venue', name: `${pick(generatedWords)}salen`, city: pick(generatedWords.slice(40, 60)) },
    theme: words(4),
    description: richText(4),
  }))
  const talks = Array.from({ length: size.talks }, (_, n) => ({
    ...base('talk', n),
    title: `${sentence(6).slice(0, -1)} ${n}`,
    slug: slug(`foredrag-${n}`),
    event: ref(`event-generated-${n % size.events}`),
    order: Math.floor(n / size.events) + 1,
    speakers: [
      {
        _key: 'p1',
        _type: 'talkSpeaker',
        role: 'speaker',
        speaker: ref(`speaker-generated-${Math.floor(next() * size.speakers)}`),
      },
    ],
    summary: richText(5),
  }))
  // A report names the people and organisations it tells of with internal links, as the bundled one
  // does (27 of them): the article page gathers every one it links.
  const linkedBody = () => {
    const targets = [
      ...Array.from({ length: 4 }, () => `speaker-generated-${Math.floor(next() * size.speakers)}`),
      ...Array.from({ length: 4 }, () => `organisation-generated-${Math.floor(next() * size.organisations)}`),
    ]
    return targets.map((target, index) => ({
      _type: 'block',
      _key: `b${index}`,
      style: 'normal',
      markDefs: [{ _type: 'internalLink', _key: `l${index}`, reference: ref(target) }],
      children: [
        { _type: 'span', _key: `s${index}a`, marks: [`l${index}`], text: words(2) },
        { _type: 'span', _key: `s${index}b`, marks: [], text: ` ${sentence(12)}` },
      ],
    }))
  }
  const articles = Array.from({ length: size.articles }, (_, n) => {
    const kind = pick(articleKinds.values)
    return {
      ...base('article', n),
      title: `${sentence(7).slice(0, -1)} ${n}`,
      slug: slug(`artikel-${n}`),
      kind,
      publishedYear: 2000 + (n % 26),
      excerpt: sentence(25),
      ...(kind === 'seminarReport' ? { event: ref(`event-generated-${n % size.events}`) } : {}),
      body: linkedBody(),
    }
  })
  // The pages editors own (the accessibility statement, privacy, the statutes): a handful at any size.
  const infoPages = Array.from({ length: 3 }, (_, n) => ({
    ...base('infoPage', n),
    title: `${sentence(3).slice(0, -1)} ${n}`,
    slug: slug(`sida-${n}`),
    description: sentence(8),
    body: richText(8),
  }))
  // The singleton every page's footer and the association page read, with its members among the
  // generated organisations.
  const association = {
    ...base('association', 0),
    _id: 'association',
    name: 'Intresseföreningen Bergslaget',
    shortName: 'Bergslaget',
    intro: sentence(30),
    description: richText(6),
    memberCount: 29,
    members: Array.from({ length: 29 }, (_, n) => ({ ...ref(`organisation-generated-${n}`), _key: `m${n}` })),
    counties: ['Dalarna', 'Gävleborg', 'Värmland', 'Västmanland', 'Örebro'],
    address: { street: 'Myntgatan 2', postalCode: '791 51', city: 'Falun' },
    website: 'https://bergslaget.se',
    chair: ref('speaker-generated-0'),
  }
  return [association, ...organisations, ...speakers, ...events, ...talks, ...articles, ...infoPages]
}

/** Writes a generated dataset as NDJSON to a scratch file and returns its path. */
export async function writeGeneratedDataset(
  size: DatasetSize = benchmarkDatasetSize,
  seed = 1,
): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'content-generated-')), 'dataset.ndjson')
  await writeFile(
    path,
    generateDocuments(size, seed)
      .map((doc) => JSON.stringify(doc))
      .join('\n') + '\n',
  )
  return path
}
