import type { OrganisationSummary } from '@bergslaget/content'
import Link from 'next/link'

import { routes } from '@/lib/routes'

/** A comma-separated list of organisations, each linking to its page. */
export function OrganisationLinks({ organisations }: { organisations: OrganisationSummary[] }) {
  return organisations.map((organisation, index) => (
    <span key={organisation._id}>
      {index > 0 && ', '}
      <Link href={routes.organisation(organisation.slug)}>{organisation.name}</Link>
    </span>
  ))
}
