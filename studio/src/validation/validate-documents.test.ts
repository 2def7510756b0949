import { generateDocuments } from '@bergslaget/content/testing/generated-dataset'
import type { SanityDocument } from 'sanity'

import { mapConcurrently } from '../lib/map-concurrently'

import { markersOf, withChange } from './fixture-helpers'
import { validFixture } from './test-fixtures'
import {
  DOCUMENT_CONCURRENCY,
  checkDataset,
  createDocumentValidator,
  validateDocuments,
} from './validate-documents'

describe('validateDocuments', () => {
  it('finds nothing wrong with the valid fixture', async () => {
    const report = await checkDataset(validFixture())
    const markers = report.documents.flatMap(({ documentId, markers }) =>
      markers.map((m) => ({ documentId, ...m })),
    )
    expect(markers).toEqual([])
    expect(report.errorCount).toBe(0)
  })

  it('refuses an event that ends before it starts', async () => {
    const documents = withChange('event-arsmote-2026', (event) => ({
      ...event,
      endsAt: '2026-04-23T06:00:00Z',
    }))
    expect(await markersOf(documents, 'event-arsmote-2026')).toEqual([
      { path: 'endsAt', message: 'Sluttiden måste vara efter starttiden.' },
    ])
  })

  it('requires start and end of a fixed event, and the year of an unconfirmed one', async () => {
    const fixed = withChange(
      'event-arsmote-2026',
      ({ startsAt: _s, endsAt: _e, ...event }) => event as SanityDocument,
    )
    expect(await markersOf(fixed, 'event-arsmote-2026')).toEqual([
      { path: 'endsAt', message: 'Ange när evenemanget slutar.' },
      { path: 'startsAt', message: 'Ange när evenemanget börjar.' },
    ])
    const unconfirmed = withChange('event-arsmote-2026', (event) => ({ ...event, dateMode: 'unconfirmed' }))
    expect(await markersOf(unconfirmed, 'event-arsmote-2026')).toEqual([
      { path: 'year', message: 'Ange året när datumet inte är fastställt.' },
    ])
    expect((await markersOf(unconfirmed, 'event-arsmote-2026', 'warning')).map(({ path }) => path)).toEqual([
      'endsAt',
      'startsAt',
    ])
  })

  it('refuses javascript: links, in link objects and in rich text', async () => {
    const documents = withChange('speaker-anna-andersson', (speaker) => ({
      ...speaker,
      links: [{ _key: 'd1d2d3d4d5d6', _type: 'link', title: 'Klicka', url: 'javascript:alert(1)' }],
      bio: [
        {
          _type: 'block',
          _key: 'c1c2c3c4c5c6',
          style: 'normal',
          markDefs: [{ _type: 'link', _key: 'm1m2m3m4m5m6', href: 'javascript:alert(1)' }],
          children: [{ _type: 'span', _key: 's1s2s3s4s5s6', text: 'Klicka', marks: ['m1m2m3m4m5m6'] }],
        },
      ],
    }))
    const message = 'Ange en fullständig adress som börjar med https://, http://, mailto: eller tel:.'
    expect(await markersOf(documents, 'speaker-anna-andersson')).toEqual([
      { path: 'bio[_key=="c1c2c3c4c5c6"].markDefs[_key=="m1m2m3m4m5m6"].href', message },
      { path: 'links[_key=="d1d2d3d4d5d6"].url', message },
    ])
  })

  it('allows only http and https for websites', async () => {
    const documents = withChange('organisation-falu-kommun', (org) => ({
      ...org,
      website: 'mailto:info@falun.se',
    }))
    expect(await markersOf(documents, 'organisation-falu-kommun')).toEqual([
      { path: 'website', message: 'Ange en fullständig webbadress som börjar med https:// eller http://.' },
    ])
  })

  it('requires alt text once an image is chosen', async () => {
    const documents = withChange('speaker-anna-andersson', (speaker) => ({
      ...speaker,
      portrait: { _type: 'image', asset: { _type: 'reference', _ref: 'image-abc123-600x800-jpg' } },
    }))
    expect(await markersOf(documents, 'speaker-anna-andersson')).toEqual([
      { path: 'portrait.alt', message: 'Skriv en alternativtext som beskriver bilden.' },
    ])
  })

  it('requires the event of a talk', async () => {
    const documents = withChange('talk-valkommen', ({ event: _event, ...talk }) => talk as SanityDocument)
    expect(await markersOf(documents, 'talk-valkommen')).toEqual([
      { path: 'event', message: 'Välj evenemanget där föredraget hålls.' },
    ])
  })

  it('requires exactly one of publishedAt and publishedYear', async () => {
    const both = withChange('article-kallelse', (article) => ({ ...article, publishedYear: 2026 }))
    expect(await markersOf(both, 'article-kallelse')).toEqual([
      { path: 'publishedYear', message: 'Ange antingen publiceringsdatum eller publiceringsår, inte båda.' },
    ])
    const neither = withChange(
      'article-kallelse',
      ({ publishedAt: _p, ...article }) => article as SanityDocument,
    )
    expect(await markersOf(neither, 'article-kallelse')).toEqual([
      { path: 'publishedAt', message: 'Ange publiceringsdatum (eller bara år för en arkivartikel).' },
    ])
  })

  it('checks slugs: format, and uniqueness within one document type', async () => {
    const badFormat = withChange('talk-valkommen', (talk) => ({
      ...talk,
      slug: { _type: 'slug', current: 'Välkommen' },
    }))
    expect(await markersOf(badFormat, 'talk-valkommen')).toEqual([
      {
        path: 'slug',
        message: 'Sluggen får bara innehålla små bokstäver a–z, siffror och enkla bindestreck.',
      },
    ])

    const sameAsArticle = withChange('talk-valkommen', (talk) => ({
      ...talk,
      slug: { _type: 'slug', current: 'kallelse' },
    }))
    expect(await markersOf(sameAsArticle, 'talk-valkommen')).toEqual([])

    const secondTalk = {
      ...(validFixture().find(({ _id }) => _id === 'talk-valkommen') as SanityDocument),
      _id: 'talk-2',
    }
    const duplicate = [...validFixture(), secondTalk]
    expect((await markersOf(duplicate, 'talk-2')).map(({ path }) => path)).toEqual(['slug'])
  })

  it('reports references to missing documents, drafts and duplicate ids', async () => {
    const documents = withChange('talk-valkommen', (talk) => ({
      ...talk,
      event: { _type: 'reference', _ref: 'event-saknas' },
    }))
    documents.push({ ...(documents[1] as SanityDocument), _id: 'drafts.organisation-falu-kommun' })
    documents.push(documents[1] as SanityDocument)
    const report = await checkDataset(documents)
    expect(report.unresolvedReferences).toEqual([
      { documentId: 'talk-valkommen', path: ['event'], ref: 'event-saknas' },
    ])
    expect(report.unpublishedIds).toEqual(['drafts.organisation-falu-kommun'])
    expect(report.duplicateIds).toEqual(['organisation-falu-kommun'])
    expect((await markersOf(documents, 'talk-valkommen')).map(({ path }) => path)).toEqual(['event'])
  })
})

describe('validateDocuments, a few documents at a time', () => {
  // A generated set several times the concurrency, with findings (a slug twice, a year on a fixed
  // event) so that the results compared are not all empty.
  const generated = generateDocuments({ events: 4, talks: 30, speakers: 12, organisations: 6, articles: 6 })
  const documents = [...validFixture(), ...(generated as SanityDocument[])]
  documents.push({
    ...(documents.find(({ _id }) => _id === 'talk-generated-3') as SanityDocument),
    _id: 'talk-kopia',
  })
  documents.push({
    ...(documents.find(({ _id }) => _id === 'event-arsmote-2026') as SanityDocument),
    _id: 'event-b',
    year: 2026,
  })

  it("has no more than DOCUMENT_CONCURRENCY documents in Sanity's validation at once", async () => {
    const validate = createDocumentValidator(documents)
    const seen = { running: 0, most: 0 }
    const results = await mapConcurrently(documents, DOCUMENT_CONCURRENCY, async (document) => {
      seen.most = Math.max(seen.most, ++seen.running)
      try {
        return await validate(document)
      } finally {
        seen.running--
      }
    })
    expect(documents.length).toBeGreaterThan(4 * DOCUMENT_CONCURRENCY)
    expect(seen.most).toBe(DOCUMENT_CONCURRENCY)
    expect(results.map(({ documentId }) => documentId)).toEqual(documents.map(({ _id }) => _id))
  })

  it('gives what validating every document at once gave, in the order of the set', async () => {
    const validate = createDocumentValidator(documents)
    const allAtOnce = await Promise.all(documents.map(validate))
    const results = await validateDocuments(documents)
    expect(results).toEqual(allAtOnce)
    expect(results.map(({ documentId }) => documentId)).toEqual(documents.map(({ _id }) => _id))
    expect(results.filter(({ markers }) => markers.length > 0).map(({ documentId }) => documentId)).toEqual(
      expect.arrayContaining(['talk-generated-3', 'talk-kopia', 'event-b']),
    )
  })
})
