import type { PreviewConfig } from 'sanity'

import { article } from './article'
import { event } from './event'
import { organisation } from './organisation'
import { speaker } from './speaker'
import { talk } from './talk'

/** What a list shows for a document, from the values its preview selects. */
function previewOf(type: { preview?: PreviewConfig }, selected: Record<string, unknown>) {
  const prepare = type.preview?.prepare
  if (!prepare) throw new Error('The type has no preview.prepare')
  const { title, subtitle } = prepare(selected) as { title?: string; subtitle?: string }
  return { title, subtitle }
}

describe('list previews give an editor the context', () => {
  it('an event: its date and place, and that it is cancelled', () => {
    expect(
      previewOf(event, {
        title: 'Årsmöte',
        dateMode: 'fixed',
        startsAt: '2026-04-23T07:30:00Z',
        city: 'Falun',
      }),
    ).toEqual({ title: 'Årsmöte', subtitle: '23 apr. 2026 · Falun' })
    expect(
      previewOf(event, {
        title: 'Seminarium',
        dateMode: 'unconfirmed',
        year: 2027,
        month: 5,
        status: 'cancelled',
      }),
    ).toEqual({ title: 'Seminarium', subtitle: 'Inställt · maj 2027 (preliminärt)' })
  })

  it('a speaker: role and organisation', () => {
    expect(
      previewOf(speaker, { title: 'Anna Andersson', role: 'kommunalråd', organisation: 'Falu kommun' }),
    ).toEqual({ title: 'Anna Andersson', subtitle: 'kommunalråd, Falu kommun' })
  })

  it('a talk: its event and place in the programme', () => {
    expect(previewOf(talk, { title: 'Välkommen', eventTitle: 'Årsmöte 2026', order: 1 })).toEqual({
      title: 'Välkommen',
      subtitle: 'Årsmöte 2026 · punkt 1',
    })
  })

  it('an organisation: its kind and town; an article: its kind and date', () => {
    expect(previewOf(organisation, { title: 'Falu kommun', kind: 'municipality', city: 'Falun' })).toEqual({
      title: 'Falu kommun',
      subtitle: 'Kommun · Falun',
    })
    expect(
      previewOf(article, { title: 'Rapport', kind: 'seminarReport', publishedAt: '2022-03-12T09:00:00Z' }),
    ).toEqual({ title: 'Rapport', subtitle: 'Seminarierapport · 12 mars 2022' })
  })
})
