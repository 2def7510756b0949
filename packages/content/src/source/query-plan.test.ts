import { rm } from 'node:fs/promises'
import { dirname } from 'node:path'

import { evaluate, evaluateSync, parse, toJS, type ExprNode } from 'groq-js'

import { reads } from '../reads'
import { writeFaultyDataset } from '../testing/faulty-dataset'
import { generateDocuments, writeGeneratedDataset } from '../testing/generated-dataset'
import { argumentsOfEachRead, writeRenamedDataset, type ReadName } from '../testing/read-arguments'

import type { QueryParams } from './content-source'
import { indexDataset } from './dataset-index'
import { createEmbeddedSource } from './embedded-source'
import { indexPublished, loadDataset, type SanityDocument } from './load-dataset'
import { createQueryPlanner } from './query-plan'

// The planner may change how a query is answered, never what it answers: each query here runs planned
// (the embedded source, as the site runs it) and as groq-js runs it unplanned, and the two must agree.

// A limit against a hang, not a speed check: alone the slowest test takes 3 s, beside `npm test`'s other
// tasks on a 2-core CI machine the file took 102 s.
jest.setTimeout(180_000)

/** groq-js as it is, without a plan: every filter tested on every document. */
async function unplanned(documents: SanityDocument[], query: string, params: Record<string, unknown>) {
  const byId = new Map(documents.map((doc) => [doc._id, doc]))
  const value = await evaluate(parse(query), {
    dataset: documents,
    params,
    dereference: ({ _ref }) => byId.get(_ref),
  })
  return value.get()
}

/**
 * Every read with the argument lists the dataset gives it, as query and params: all of them, or with
 * `sample`, that many of each read's from the start and from the end of its list.
 */
async function everyQuery(path: string, sample = Infinity) {
  const argumentsOf = await argumentsOfEachRead(createEmbeddedSource(path))
  const sampled = <T>(list: T[]) =>
    list.length <= 2 * sample ? list : [...list.slice(0, sample), ...list.slice(-sample)]
  return (Object.keys(reads) as ReadName[]).flatMap((name) => {
    const read = reads[name] as { query: string; params: (...args: unknown[]) => QueryParams }
    return sampled(argumentsOf[name] ?? [[]]).map((args) => ({
      name,
      query: read.query,
      params: read.params(...args),
    }))
  })
}

async function expectSameAnswers(path: string, sample?: number) {
  const { documents } = await loadDataset(path)
  const planned = createEmbeddedSource(path)
  const queries = await everyQuery(path, sample)
  for (const { name, query, params } of queries) {
    const expected = { name, params, result: await unplanned(documents, query, params) }
    expect({ name, params, result: await planned.fetch(query, params) }).toEqual(expected)
  }
  return queries.length
}

test('every read of the site answers the same planned, on the bundled dataset with old addresses', async () => {
  const path = await writeRenamedDataset()
  expect(await expectSameAnswers(path)).toBeGreaterThan(100)
  await rm(dirname(path), { recursive: true })
})

// Every read, but not at every address: the test above has them all, and groq-js unplanned is slow.
test('and on a generated dataset', async () => {
  const path = await writeGeneratedDataset({
    events: 12,
    talks: 60,
    speakers: 40,
    organisations: 24,
    articles: 16,
  })
  expect(await expectSameAnswers(path, 4)).toBeGreaterThan(50)
  await rm(dirname(path), { recursive: true })
})

test('and on one with faulty documents', async () => {
  const path = await writeFaultyDataset()
  expect(await expectSameAnswers(path, 4)).toBeGreaterThan(50)
  await rm(dirname(path), { recursive: true })
})

describe('the planner keeps GROQ’s meaning where an index could lose it', () => {
  const documents: SanityDocument[] = [
    { _id: 'o1', _type: 'organisation', slug: { current: 'a' }, name: 'A' },
    { _id: 'o2', _type: 'organisation', slug: { current: 'b' }, previousSlugs: ['a', 'gammal'] },
    { _id: 'o3', _type: 'organisation', name: 'Utan adress' },
    { _id: 's1', _type: 'speaker', slug: { current: 'a' }, affiliations: [{ organisation: { _ref: 'o1' } }] },
    {
      _id: 's2',
      _type: 'speaker',
      affiliations: [{ organisation: { _ref: 'o2' } }, { organisation: { _ref: 'o1' } }],
      bio: [{ markDefs: [{ _type: 'internalLink', reference: { _ref: 'o3' } }] }],
    },
    { _id: 't1', _type: 'talk', order: 1, speakers: [{ speaker: { _ref: 's2' } }], event: { _ref: 'e1' } },
    {
      _id: 'e1',
      _type: 'event',
      slug: { current: 'e' },
      hosts: [{ _ref: 'o2' }],
      partners: [{ _ref: 'o1' }],
    },
  ]
  const cases: [string, Record<string, unknown>][] = [
    ['*[_type == "organisation" && slug.current == $slug]', { slug: 'a' }],
    // A null key matches the documents without the value: no index holds those.
    ['*[_type == "organisation" && slug.current == $slug]', { slug: null }],
    ['*[_type == "organisation" && slug.current == $slug]', { slug: 1 }],
    ['*[slug.current == "a"]{_id}', {}],
    ['*[$slug in previousSlugs]._id', { slug: 'a' }],
    ['*[_type == $type && defined(slug.current)]._id', { type: 'speaker' }],
    ['*[_type == $type]._id', { type: 'finns-inte' }],
    ['*[_type == "talk" && order == 1]._id', {}],
    ['*[_type == "talk" && order == 1 && event._ref == $event]._id', { event: 'e1' }],
    [
      '*[_type == "organisation"]{_id, "people": *[_type == "speaker" && ^._id in affiliations[].organisation._ref]._id}',
      {},
    ],
    ['*[_type == "organisation"]{_id, "referring": *[references(^._id)]._id}', {}],
    [
      '*[_type == "organisation"]{_id, "events": *[^._id in hosts[]._ref || ^._id in partners[]._ref]._id}',
      {},
    ],
    // Or of two different keys is not looked up.
    [
      '*[_type == "organisation"]{_id, "mixed": *[^._id in hosts[]._ref || slug.current == ^.slug.current]._id}',
      {},
    ],
    // Lookups of several keys or lists come out in dataset order.
    ['*[references($ids)]._id', { ids: ['o3', 'o1'] }],
    ['*[references($ids)]._id', { ids: [] }],
    ['*[references(["o2", 3])]._id', {}],
    ['*[_id in $ids]._id', { ids: ['t1', 'o3', 'finns-inte'] }],
    ['*[_id in $ids]._id', { ids: 'o1' }],
    ['*[_id in $ids]._id', { ids: [] }],
    ['*[order in $orders]._id', { orders: [1, 2] }],
    ['*[order in [1, "1"]]._id', {}],
    ['*[slug in [null]]._id', {}],
    ['*[name in $names]._id', { names: [null, 'A'] }],
    ['*[_type == "speaker" && slug.current == $slugs]._id', { slugs: ['a'] }],
    // The talks of an organisation's people: a key that is itself a query, two scopes deep.
    [
      '*[_type == "organisation"]{_id, "talks": *[_type == "talk" && references(*[^.^._id in affiliations[].organisation._ref]._id)]._id}',
      {},
    ],
    // `^` at the top of a query is null, planned or not.
    ['*[_type == "speaker" && slug.current == ^.slug]._id', {}],
    // Inside a `[]` map, whose scope `^` skips.
    ['*[_type == "speaker"].affiliations[]{"org": *[_id == ^.organisation._ref][0]._id}', {}],
    ['*[_type == "talk"]{"speakers": speakers[]{"who": *[_id == ^.speaker._ref][0]._id}}', {}],
    ['*[_type == "talk" && event->slug.current == $event]._id', { event: 'e' }],
    ['*[_type == "speaker" && "o1" in affiliations[].organisation._ref]._id', {}],
    ['*[_id == "o2"][0]{_id, "upper": *[_type == "organisation" && _id == ^._id][0]._id}', {}],
  ]

  test.each(cases)('%s with %j', async (query, params) => {
    const planner = createQueryPlanner(indexDataset(indexPublished(documents)))
    const tree = planner.plan(parse(query))
    const planned = toJS(evaluateSync(tree, { dataset: documents, params, dereference: planner.dereference }))
    expect(planned).toEqual(await unplanned(documents, query, params))
  })
})

/** The filters of a planned query that still start from every document. */
function scans(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(scans)
  if (typeof node !== 'object' || node === null) return []
  const { type, base, value } = node as { type?: string; base?: { type?: string }; value?: unknown }
  if (type === 'Value' && value !== undefined) return []
  const here = type === 'Filter' && base?.type === 'Everything' ? ['*[…]'] : []
  return [...here, ...Object.values(node).flatMap(scans)]
}

test('no page of one document scans the dataset: each filter of its query starts from an index', () => {
  const planner = createQueryPlanner(indexDataset(indexPublished(generateDocuments())))
  const pageReads = (Object.keys(reads) as ReadName[]).filter((name) => reads[name].address !== null)
  expect(pageReads.length).toBeGreaterThanOrEqual(7)
  const unindexed = pageReads.filter(
    (name) => scans(planner.plan(parse(reads[name].query) as ExprNode)).length > 0,
  )
  expect(unindexed).toEqual([])
})
