import { SLUG_MAX_LENGTH } from '@bergslaget/content/slug'

import { markersOf, withChange } from '../../validation/fixture-helpers'

// The site's slug rule, as editors meet it: each refusal on one changed document of the valid fixture.

const withSlug = (id: string, current: string) =>
  withChange(id, (document) => ({ ...document, slug: { _type: 'slug', current } }))

describe('the slug field', () => {
  it(`refuses a slug longer than ${SLUG_MAX_LENGTH} characters`, async () => {
    expect(
      await markersOf(
        withSlug('speaker-anna-andersson', 'a'.repeat(SLUG_MAX_LENGTH + 1)),
        'speaker-anna-andersson',
      ),
    ).toEqual([{ path: 'slug', message: `Sluggen får vara högst ${SLUG_MAX_LENGTH} tecken.` }])
    expect(
      await markersOf(
        withSlug('speaker-anna-andersson', 'a'.repeat(SLUG_MAX_LENGTH)),
        'speaker-anna-andersson',
      ),
    ).toEqual([])
  })

  it.each(['sida', 'typ'])(
    'refuses an article slug the news archive uses (%s), not for other types',
    async (slug) => {
      expect(await markersOf(withSlug('article-kallelse', slug), 'article-kallelse')).toEqual([
        { path: 'slug', message: `Sluggen ”${slug}” används av webbplatsens egna adresser. Välj en annan.` },
      ])
      expect(await markersOf(withSlug('talk-valkommen', slug), 'talk-valkommen')).toEqual([])
    },
  )

  it('refuses "sida" for every type whose list has later pages (/talare/sida/2)', async () => {
    const message = 'Sluggen ”sida” används av webbplatsens egna adresser. Välj en annan.'
    for (const id of ['speaker-anna-andersson', 'organisation-falu-kommun', 'event-arsmote-2026']) {
      expect({ id, markers: await markersOf(withSlug(id, 'sida'), id) }).toEqual({
        id,
        markers: [{ path: 'slug', message }],
      })
    }
    expect(await markersOf(withSlug('speaker-anna-andersson', 'typ'), 'speaker-anna-andersson')).toEqual([])
  })
})
