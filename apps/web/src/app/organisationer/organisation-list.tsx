import { GroupedListPage } from '@/components/grouped-list/grouped-list-page'
import { PageLink } from '@/components/page-link/page-link'
import { content, publishedContent } from '@/lib/content'
import { byKind, kindGroup } from '@/lib/organisations/group-by-kind'
import { readGroupedPage } from '@/lib/pagination/grouped-page'
import type { PaginatedList } from '@/lib/pagination/later-page-route'
import { listPageMetadata, perPage } from '@/lib/pagination/list-pages'
import { pageCountOf } from '@/lib/pagination/paginate'
import { routes } from '@/lib/routes'
import '@/components/people/name-lists.css'

// The organisations list (/organisationer and /organisationer/sida/[page]): grouped by kind in a fixed
// order, A–Ö within a kind, a page at a time.

async function render(page: number) {
  const grouped = await readGroupedPage({
    type: 'organisation',
    page,
    order: byKind(await content.listOrganisationOrder()),
    groupOf: kindGroup,
    read: content.getOrganisationsPage,
  })
  return (
    <GroupedListPage
      title="Organisationer"
      lead="Föreningens medlemmar och de organisationer som har medverkat vid eller nämnts på våra seminarier."
      empty="Inga organisationer är publicerade ännu."
      label="Typer av organisationer"
      grouped={grouped}
    >
      {(organisations) => (
        <ul className="organisation-list">
          {organisations.map((organisation) => (
            <li key={organisation._id}>
              <PageLink href={routes.organisation(organisation.slug)}>{organisation.name}</PageLink>
              {organisation.city && <span className="organisation-city">, {organisation.city}</span>}
            </li>
          ))}
        </ul>
      )}
    </GroupedListPage>
  )
}

export const organisationList: PaginatedList = {
  pageCount: async () =>
    pageCountOf((await publishedContent.listOrganisationOrder()).length, perPage.organisation),
  metadata: (page) =>
    listPageMetadata(
      'organisation',
      page,
      'Kommuner, regioner, lärosäten, företag och andra organisationer som medverkat i Intresseföreningen Bergslagens arbete.',
    ),
  render,
}
