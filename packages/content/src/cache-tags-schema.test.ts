import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { revalidateWebhookProjection } from './cache-tags-webhook'

/**
 * A guard for the webhook projection, which names reference fields by hand: every reference field in
 * the Studio's schema (as `sanity schema extract` wrote it) must be sorted into one of two lists below,
 * so a new reference field fails here until someone decides whether its target's page lists the
 * referring document.
 */
const schemaPath = join(dirname(fileURLToPath(import.meta.url)), '../../../studio/schema.json')

/** Followed by the projection: the target's page lists the referring document through this field. */
const followed: Record<string, string> = {
  'article.body[].markDefs[].reference -> organisation':
    'body[].markDefs[_type == "internalLink"].reference._ref',
  'article.event -> event': '.event._ref',
  'event.hosts[] -> organisation': '.hosts[]._ref',
  'event.partners[] -> organisation': '.partners[]._ref',
  'speaker.affiliations[].organisation -> organisation': '.affiliations[].organisation._ref',
  'talk.concerns[] -> organisation': '.concerns[]._ref',
  'talk.event -> event': '.event._ref',
  'talk.speakers[].speaker -> speaker': '.speakers[].speaker._ref',
}

/**
 * Not followed: the target's page does not show the referring document. (The referring document's own
 * page shows the target; that direction is the projection's `referencedBy`, which needs no field names.)
 */
const richTextLinks = (field: string) =>
  ['event', 'organisation', 'speaker', 'talk'].map((to) => `${field}[].markDefs[].reference -> ${to}`)
const notFollowed = [
  ...richTextLinks('article.body').filter((path) => !(path in followed)),
  ...richTextLinks('association.description'),
  ...richTextLinks('event.description'),
  ...richTextLinks('speaker.bio'),
  ...richTextLinks('talk.summary'),
  'article.coverImage.asset -> sanity.imageAsset',
  'association.chair -> speaker',
  'association.members[] -> organisation',
  'event.coverImage.asset -> sanity.imageAsset',
  'organisation.logo.asset -> sanity.imageAsset',
  'speaker.portrait.asset -> sanity.imageAsset',
  'talk.slides.asset -> sanity.fileAsset',
]

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

test("every reference field of the schema is either followed by the webhook's projection or left out on purpose", async () => {
  const schema = JSON.parse(await readFile(schemaPath, 'utf8')) as (SchemaValue & { name: string })[]
  const types = new Map(schema.map((type) => [type.name, type]))
  expect(referencePaths(types)).toEqual([...Object.keys(followed), ...notFollowed].sort())
  for (const snippet of Object.values(followed)) expect(revalidateWebhookProjection).toContain(snippet)
})
