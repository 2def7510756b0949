import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { evaluate, parse } from 'groq-js'

import { typesWithPages } from './content-types'
import { bundledDatasetPath } from './source/bundled-dataset'
import { parseNdjson } from './source/load-dataset'

// The webhook's filter is set by hand in Sanity's manage pages, from the README: a type it leaves out
// never refreshes a page, whatever the projection says. It names no type, so a new one needs no edit;
// this runs the README's own text to show it lets every type with pages through and nothing of Sanity's.
const readmePath = join(dirname(fileURLToPath(import.meta.url)), '../../../README.md')

const sanitysOwn = [
  { _id: 'image-abc-100x100-jpg', _type: 'sanity.imageAsset' },
  { _id: 'file-abc-pdf', _type: 'sanity.fileAsset' },
  { _id: '_.groups.administrator', _type: 'system.group' },
  { _id: '_.releases.spring', _type: 'system.release' },
]

test("the README's webhook filter lets every document with pages through, and none of Sanity's own", async () => {
  const readme = await readFile(readmePath, 'utf8')
  const filter = /- filter `([^`]+)`/.exec(readme)?.[1]
  expect(filter).toBeDefined()
  const bundled = parseNdjson(await readFile(bundledDatasetPath, 'utf8'), bundledDatasetPath)
  const dataset = [...bundled, ...sanitysOwn, { _id: 'place-1', _type: 'place' }]
  const passed = (await (await evaluate(parse(`*[${filter}]`), { dataset })).get()) as {
    _id: string
    _type: string
  }[]

  expect(new Set(passed.map(({ _type }) => _type))).toEqual(new Set([...typesWithPages, 'place']))
  expect(passed).toHaveLength(bundled.length + 1)
})
