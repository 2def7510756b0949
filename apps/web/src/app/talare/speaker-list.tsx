import { GroupedListPage } from '@/components/grouped-list/grouped-list-page'
import { SpeakerCredit } from '@/components/people/speaker-credit'
import { content, publishedContent } from '@/lib/content'
import { readGroupedPage } from '@/lib/pagination/grouped-page'
import type { PaginatedList } from '@/lib/pagination/later-page-route'
import { listPageMetadata, perPage } from '@/lib/pagination/list-pages'
import { pageCountOf } from '@/lib/pagination/paginate'
import { byInitial, initialGroup } from '@/lib/speakers/group-by-initial'
import '@/components/people/name-lists.css'

// The speakers list (/talare and /talare/sida/[page]): A–Ö under their initials, a page at a time.

async function render(page: number) {
  const grouped = await readGroupedPage({
    type: 'speaker',
    page,
    order: byInitial(await content.listSpeakerOrder()),
    groupOf: initialGroup,
    read: content.getSpeakersPage,
  })
  return (
    <GroupedListPage
      title="Talare"
      lead="De som har talat, modererat och lett våra seminarier och möten, med roll och organisation."
      empty="Inga talare är publicerade ännu."
      label="Talare efter bokstav"
      grouped={grouped}
    >
      {(speakers) => (
        <ul className="person-list">
          {speakers.map((speaker) => (
            <li key={speaker._id}>
              <SpeakerCredit speaker={speaker} />
            </li>
          ))}
        </ul>
      )}
    </GroupedListPage>
  )
}

export const speakerList: PaginatedList = {
  pageCount: async () => pageCountOf((await publishedContent.listSpeakerOrder()).length, perPage.speaker),
  metadata: (page) =>
    listPageMetadata(
      'speaker',
      page,
      'Alla som har talat och medverkat vid Intresseföreningen Bergslagens seminarier, A–Ö.',
    ),
  render,
}
