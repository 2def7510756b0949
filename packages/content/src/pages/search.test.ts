import { createContentApi } from '../content-api'
import { searchLimits } from '../search-terms'
import { bundledDatasetPath } from '../source/bundled-dataset'
import { createEmbeddedSource } from '../source/embedded-source'
import type { SanityDocument } from '../source/load-dataset'
import { captureContentErrors } from '../testing/capture-content-errors'
import { writeDatasetVariant } from '../testing/dataset-variant'

import type { SearchGroup } from './search'

const bundled = createContentApi(createEmbeddedSource(bundledDatasetPath))

const errors = captureContentErrors()

/** Each group as its type and the titles or names of its hits, in order. */
const titles = (groups: SearchGroup[]) =>
  groups.map(({ type, hits }) => [
    type,
    hits.map(({ target }) => ('title' in target ? target.title : target.name)),
  ])

describe('searchSite', () => {
  it('finds whole words from their beginning: "kommun" finds every kommun and what mentions kommuner', async () => {
    const groups = await bundled.searchSite('kommun')

    const organisations = groups.find((group) => group.type === 'organisation')
    expect(organisations?.hits.map((hit) => hit.target._type)).toContain('organisation')
    expect(titles(groups).flatMap(([, names]) => names)).toEqual(
      expect.arrayContaining(['Borlänge kommun', 'Hofors kommun', 'Norbergs kommun']),
    )
    // The association's own text says "24 kommuner", but the association has no slug: it is no result.
    expect(groups.map((group) => group.type)).not.toContain('association')
    expect(errors).toEqual([])
  })

  it('ignores case, also of å, ä and ö, and compares them as written', async () => {
    const lower = await bundled.searchSite('borlänge')
    expect(await bundled.searchSite('BORLÄNGE')).toEqual(lower)
    expect(titles(lower)).toEqual(
      expect.arrayContaining([['talk', expect.arrayContaining(['Northvolts batterifabrik i Borlänge'])]]),
    )
    expect(titles(await bundled.searchSite('ovako'))).toEqual(
      expect.arrayContaining([['organisation', ['Ovako']]]),
    )
    expect(titles(await bundled.searchSite('Nyström'))).toEqual(
      expect.arrayContaining([['speaker', ['Göran Nyström']]]),
    )
    // No folding: "o" is not "ö" (see search.ts).
    expect(await bundled.searchSite('nystrom')).toEqual([])
  })

  it('groups by type in the registry order, each best first: a match in the title before one in the text', async () => {
    const groups = await bundled.searchSite('Borlänge')

    expect(groups.map((group) => group.type)).toEqual([
      'event',
      'talk',
      'speaker',
      'organisation',
      'article',
      'infoPage',
    ])
    const organisations = groups.find((group) => group.type === 'organisation')
    expect(organisations?.hits[0]?.target).toMatchObject({ name: 'Borlänge kommun', slug: 'borlange-kommun' })
    expect(organisations?.hits.map((hit) => hit.target.slug)).toContain('dalarna-science-park')
  })

  it('needs every word somewhere in the document, in any of its texts', async () => {
    const groups = await bundled.searchSite('northvolt borlänge')

    expect(titles(groups)).toContainEqual(['talk', ['Northvolts batterifabrik i Borlänge']])
    expect(await bundled.searchSite('northvolt finnsinte')).toEqual([])
  })

  it('gives each hit the plain text of its other texts, for the context shown with it', async () => {
    const [talks] = await bundled.searchSite('vätgassatsning')

    expect(talks?.type).toBe('talk')
    expect(talks?.hits[0]?.target).toMatchObject({ title: 'Ovakos vätgassatsning i Hofors' })
    expect(talks?.hits[0]?.text).not.toContain('Ovakos vätgassatsning i Hofors')
    expect(talks?.hits[0]?.text).toMatch(/vätgas/i)
  })

  it(`shows at most ${searchLimits.hitsPerType} of a type and never a document without a page`, async () => {
    const organisation = (n: number): SanityDocument => ({
      _id: `organisation-test-${n}`,
      _type: 'organisation',
      name: `Testorganisation ${n}`,
      slug: { _type: 'slug', current: `testorganisation-${n}` },
      kind: 'company',
    })
    const api = createContentApi(
      createEmbeddedSource(
        await writeDatasetVariant((documents) => [
          ...documents,
          ...Array.from({ length: 25 }, (_, n) => organisation(n)),
          // A talk whose event does not exist has no page, so it is not a result either.
          {
            _id: 'talk-orphan',
            _type: 'talk',
            title: 'Testorganisation utan evenemang',
            slug: { _type: 'slug', current: 'utan-evenemang' },
            order: 1,
            event: { _type: 'reference', _ref: 'event-finns-inte' },
          },
        ]),
      ),
    )

    const groups = await api.searchSite('testorganisation')

    expect(groups.map((group) => [group.type, group.hits.length])).toEqual([
      ['organisation', searchLimits.hitsPerType],
    ])
    expect(errors.join('\n')).toMatch(/invalid search result talk-orphan/)
  })
})
