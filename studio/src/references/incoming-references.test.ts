import { groupReferences } from './incoming-references'

it('groups referring documents by type, in a fixed order with Swedish headings', () => {
  const groups = groupReferences([
    { _id: 'article-rapport', _type: 'article' },
    { _id: 'talk-b', _type: 'talk' },
    { _id: 'event-arsmote', _type: 'event' },
    { _id: 'talk-a', _type: 'talk' },
    { _id: 'association', _type: 'association' },
  ])
  expect(groups).toEqual([
    { type: 'talk', title: 'Föredrag', ids: ['talk-a', 'talk-b'] },
    { type: 'article', title: 'Nyheter och rapporter', ids: ['article-rapport'] },
    { type: 'event', title: 'Evenemang', ids: ['event-arsmote'] },
    { type: 'association', title: 'Föreningen', ids: ['association'] },
  ])
})

it('counts a document once whether its draft, its published version or a release version refers', () => {
  expect(
    groupReferences([
      { _id: 'drafts.talk-a', _type: 'talk' },
      { _id: 'talk-a', _type: 'talk' },
      { _id: 'versions.r1.talk-a', _type: 'talk' },
      { _id: 'drafts.talk-new', _type: 'talk' },
    ]),
  ).toEqual([{ type: 'talk', title: 'Föredrag', ids: ['talk-a', 'talk-new'] }])
})

it('puts types without a heading last, under their name, and gives nothing for no references', () => {
  expect(
    groupReferences([
      { _id: 'x1', _type: 'sanity.imageAsset' },
      { _id: 'speaker-a', _type: 'speaker' },
    ]).map(({ title }) => title),
  ).toEqual(['Talare', 'sanity.imageAsset'])
  expect(groupReferences([])).toEqual([])
})
