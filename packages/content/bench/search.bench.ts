// The site search's cost per query in the embedded source (groq-js), on the bundled dataset and on a
// generated one of about 4,000 documents. Run with `npm run bench:search` in packages/content; it
// prints median and p95 milliseconds per query and checks that the generated dataset is searched.
import { createContentApi, type ContentApi } from '../src/content-api'
import { bundledDatasetPath } from '../src/source/bundled-dataset'
import { createEmbeddedSource } from '../src/source/embedded-source'
import { benchmarkDatasetSize, generatedWords, writeGeneratedDataset } from '../src/testing/generated-dataset'

jest.setTimeout(600_000)

/** 50 queries: one word, a prefix of one, two words, a place with a capital, a word found nowhere. */
const queries = Array.from({ length: 50 }, (_, n) => {
  const word = generatedWords[(n * 7) % generatedWords.length] as string
  const other = generatedWords[(n * 13 + 5) % generatedWords.length] as string
  switch (n % 5) {
    case 0:
      return word
    case 1:
      return word.slice(0, Math.max(3, word.length - 3))
    case 2:
      return `${word} ${other}`
    case 3:
      return word.toLocaleUpperCase('sv')
    default:
      return `${word}xyz`
  }
})

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number

async function measure(api: ContentApi): Promise<{ median: number; p95: number; hits: number }> {
  await api.searchSite('kommun') // loads and indexes the dataset, parses the query: not a visitor's cost
  const times: number[] = []
  let hits = 0
  for (const query of queries) {
    const start = performance.now()
    const groups = await api.searchSite(query)
    times.push(performance.now() - start)
    hits += groups.reduce((sum, group) => sum + group.hits.length, 0)
  }
  times.sort((a, b) => a - b)
  return { median: percentile(times, 50), p95: percentile(times, 95), hits }
}

test('site search, ms per query in the embedded source', async () => {
  const generatedPath = await writeGeneratedDataset()
  const documents = Object.values(benchmarkDatasetSize).reduce((sum, count) => sum + count, 0)
  const results = {
    [`bundled (51 documents)`]: await measure(createContentApi(createEmbeddedSource(bundledDatasetPath))),
    [`generated (${documents} documents)`]: await measure(
      createContentApi(createEmbeddedSource(generatedPath)),
    ),
  }
  const rows = Object.entries(results).map(
    ([name, { median, p95, hits }]) =>
      `  ${name.padEnd(30)} median ${median.toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms   ${hits} hits shown`,
  )
  process.stdout.write(`\nsearchSite, ${queries.length} queries each:\n${rows.join('\n')}\n\n`)
  expect(Object.values(results).every((result) => result.hits > 0)).toBe(true)
})
