import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { typesWithPages } from './content-types'

// The webhook's filter is set by hand in Sanity's manage pages, from the README: a type it leaves out
// never refreshes a page, whatever the projection says.
const readmePath = join(dirname(fileURLToPath(import.meta.url)), '../../../README.md')

test("the README's webhook filter names every type with pages, and nothing else", async () => {
  const readme = await readFile(readmePath, 'utf8')
  const filter = /filter `_type in \[([^\]]*)\]`/.exec(readme)?.[1]
  expect(filter).toBeDefined()
  const named = JSON.parse(`[${filter}]`) as string[]
  expect([...named].sort()).toEqual([...typesWithPages].sort())
})
