import { PageLink } from '@/components/page-link/page-link'
import { routes } from '@/lib/routes'

/** Where a visitor can go on from a page that is not there or could not be shown. */
export function WayOnLinks() {
  return (
    <ul>
      <li>
        <PageLink href={routes.home}>Startsidan</PageLink>
      </li>
      <li>
        <PageLink href={routes.list.article}>Nyheter</PageLink>
      </li>
      <li>
        <PageLink href={routes.list.event}>Evenemang</PageLink>
      </li>
    </ul>
  )
}
