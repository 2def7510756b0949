import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { revalidateWebhookProjection } from './cache-tags-webhook'
import { pageTypes, singletonPages } from './content-types'

/**
 * A guard for the webhook projection, which follows the reference fields each type declares in
 * content-types.ts: every reference field in the Studio's schema (as `sanity schema extract` wrote it)
 * must be sorted there, into `listedOn` (the target's page lists the referring document) or
 * `notListedOn`, so a new reference field fails here until someone decides.
 */
const schemaPath = join(dirname(fileURLToPath(import.meta.url)), '../../../studio/schema.json')

const declarations: [
  string,
  { listedOn?: Readonly<Record<string, string>>; notListedOn: readonly string[] },
][] = [...Object.entries(pageTypes), ...Object.entries(singletonPages)]

/** Whether the type's declarations sort `field -> target`, and how: listed on the target's page or not. */
function sorting(type: string, field: string, target: string): 'listed' | 'notListed' | 'unsorted' {
  const declared = declarations.find(([name]) => name === type)?.[1]
  if (declared?.listedOn?.[field] === target) return 'listed'
  return declared?.notListedOn.includes(field) ? 'notListed' : 'unsorted'
}

type SchemaValue = {
  type: string
  name?: string
  attributes?: Record<string, { value: SchemaValue }>
  rest?: SchemaValue
  of?: SchemaValue | SchemaValue[]
  value?: SchemaValue
}

function referencePaths(types: Map<string, SchemaValue>): string[] {
  const paths: string[] = []
  const walk = (value: SchemaValue, path: string, seen: Set<string>): void => {
    if (value.type === 'object' || value.type === 'document') {
      for (const [name, attribute] of Object.entries(value.attributes ?? {})) {
        walk(attribute.value, `${path}.${name}`, seen)
      }
      if (value.rest) walk(value.rest, path, seen)
    } else if (value.type === 'array' && value.of && !Array.isArray(value.of)) {
      walk(value.of, `${path}[]`, seen)
    } else if (value.type === 'union' && Array.isArray(value.of)) {
      value.of.forEach((member) => walk(member, path, seen))
    } else if (value.type === 'inline' && value.name) {
      if (value.name.endsWith('.reference'))
        paths.push(`${path} -> ${value.name.slice(0, -'.reference'.length)}`)
      else if (!seen.has(value.name)) {
        const named = types.get(value.name)
        if (named) walk(named.value ?? named, path, new Set([...seen, value.name]))
      }
    }
  }
  for (const [name, type] of types) {
    if (type.type === 'document' && !name.startsWith('sanity.')) walk(type, name, new Set())
  }
  return [...new Set(paths)].sort()
}

test('every reference field of the schema is either followed by the webhook projection or left out on purpose', async () => {
  const schema = JSON.parse(await readFile(schemaPath, 'utf8')) as (SchemaValue & { name: string })[]
  const types = new Map(schema.map((type) => [type.name, type]))
  const paths = referencePaths(types).map((path) => {
    const [, type = '', field = '', target = ''] = /^([^.]+)\.(.+) -> (.+)$/.exec(path) ?? []
    return { path, sorted: sorting(type, field, target) }
  })
  expect(paths.filter(({ sorted }) => sorted === 'unsorted').map(({ path }) => path)).toEqual([])
})

test('each field a type is listed through is a reference field of its schema, or goes on from one', async () => {
  const schema = JSON.parse(await readFile(schemaPath, 'utf8')) as (SchemaValue & { name: string })[]
  const paths = new Set(referencePaths(new Map(schema.map((type) => [type.name, type]))))
  for (const [type, { listedOn = {} }] of declarations) {
    for (const [field, target] of Object.entries(listedOn)) {
      const [first = ''] = field.split('->')
      const referenced = [...paths].find((path) => path.startsWith(`${type}.${first} -> `))
      expect({ type, field, referenced: referenced !== undefined }).toEqual({ type, field, referenced: true })
      if (!field.includes('->')) expect(paths).toContain(`${type}.${field} -> ${target}`)
    }
  }
  expect(revalidateWebhookProjection).toContain('_id in coalesce(after().speakers[].speaker._ref, [])')
})
