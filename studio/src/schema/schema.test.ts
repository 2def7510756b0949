import { routableTypes } from '@bergslaget/content/content-types'
import type { SchemaType } from 'sanity'

import { slugify } from '../lib/slugify'
import { getStudioSchema } from '../validation/validate-documents'

import { schemaTypes } from '.'
import { LINK_SCHEMES, WEB_SCHEMES } from './shared/url-rules'

interface FieldInfo {
  path: string
  type: SchemaType
}

/** Every field reachable from the document types, by dotted path (array members as `[]`). */
function allFields(): FieldInfo[] {
  const schema = getStudioSchema()
  const found: FieldInfo[] = []
  const visit = (type: SchemaType, path: string, seen: Set<string>) => {
    if (seen.has(type.name) && !['object', 'array', 'block'].includes(type.name)) return
    const next = new Set(seen).add(type.name)
    if ('fields' in type) {
      for (const field of type.fields) {
        found.push({ path: `${path}.${field.name}`, type: field.type })
        visit(field.type, `${path}.${field.name}`, next)
      }
    }
    if ('of' in type) for (const member of type.of) visit(member, `${path}[]`, next)
  }
  for (const definition of schemaTypes.filter(({ type }) => type === 'document')) {
    const type = schema.get(definition.name)
    if (type) visit(type, definition.name, new Set())
  }
  return found
}

const isOfType = (type: SchemaType | undefined, name: string): boolean =>
  type ? type.name === name || isOfType(type.type, name) : false

function uriSchemes(type: SchemaType): string[] | undefined {
  const rules = Array.isArray(type.validation) ? type.validation : []
  const uri = rules
    .flatMap(
      (rule) =>
        (rule as { _rules?: { flag: string; constraint?: { options?: { scheme?: RegExp[] } } }[] })._rules ??
        [],
    )
    .find((rule) => rule.flag === 'uri')
  return uri?.constraint?.options?.scheme?.map((scheme) => scheme.source.replace(/^\^|\$$/g, ''))
}

describe('schema conventions', () => {
  const fields = allFields()

  it('gives every type an icon, and every non-array type a preview', () => {
    for (const type of schemaTypes) {
      expect({ name: type.name, icon: Boolean(type.icon) }).toEqual({ name: type.name, icon: true })
      if (type.type !== 'array')
        expect({ name: type.name, preview: 'preview' in type }).toEqual({ name: type.name, preview: true })
    }
  })

  it('restricts every url field to link or web schemes', () => {
    const kindOf = (schemes: string[] | undefined) =>
      [
        { kind: 'link', schemes: LINK_SCHEMES },
        { kind: 'web', schemes: WEB_SCHEMES },
      ].find((entry) => JSON.stringify(entry.schemes) === JSON.stringify(schemes))?.kind ??
      `other: ${schemes}`
    const urls = fields
      .filter(({ type }) => isOfType(type, 'url'))
      .map(({ path, type }) => ({ path, kind: kindOf(uriSchemes(type)) }))
    expect(urls.filter(({ kind }) => kind !== 'link' && kind !== 'web')).toEqual([])
    // A new url field needs no entry here: the rule above holds it to one of the two kinds.
    expect(urls).toEqual(
      expect.arrayContaining([
        { path: 'association.website', kind: 'web' },
        { path: 'organisation.website', kind: 'web' },
        { path: 'event.registrationUrl', kind: 'web' },
        { path: 'speaker.links[].url', kind: 'link' },
        { path: 'talk.links[].url', kind: 'link' },
        { path: 'article.body[].markDefs[].href', kind: 'link' },
      ]),
    )
  })

  it('gives every image an alt text field', () => {
    const images = fields.filter(({ type }) => isOfType(type, 'image'))
    expect(images.length).toBeGreaterThanOrEqual(4)
    for (const { path, type } of images) {
      const names = 'fields' in type ? type.fields.map((field) => field.name) : []
      expect({ path, alt: names.includes('alt') }).toEqual({ path, alt: true })
    }
  })

  it('slugifies every slug field the Swedish way', async () => {
    const slugs = fields.filter(({ type }) => isOfType(type, 'slug'))
    expect(slugs.map(({ path }) => path).sort()).toEqual(routableTypes.map((type) => `${type}.slug`).sort())
    for (const { type } of slugs) {
      const custom = (type.options as { slugify?: (input: string) => string } | undefined)?.slugify
      expect(custom?.('Västerås & Örebro')).toBe(slugify('Västerås & Örebro'))
    }
  })
  it('lets a rich-text link lead to a page of every type, and nowhere else', () => {
    const links = fields.filter(({ path }) => path.endsWith('[].markDefs[].reference'))
    expect(links.length).toBeGreaterThanOrEqual(4)
    for (const { path, type } of links) {
      const targets = 'to' in type ? (type.to as { name: string }[]).map(({ name }) => name) : []
      expect({ path, targets: targets.sort() }).toEqual({ path, targets: [...routableTypes].sort() })
    }
  })
})
