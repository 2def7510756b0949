import Link from 'next/link'

import { routes } from '@/lib/routes'

/** Where a visitor can go on from a page that is not there or could not be shown. */
export function WayOnLinks() {
  return (
    <ul>
      <li>
        <Link href={routes.home}>Startsidan</Link>
      </li>
      <li>
        <Link href={routes.list.article}>Nyheter</Link>
      </li>
      <li>
        <Link href={routes.list.event}>Evenemang</Link>
      </li>
    </ul>
  )
}
