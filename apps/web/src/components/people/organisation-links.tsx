import type { OrganisationSummary } from '@bergslaget/content'

import { PageLink } from '@/components/page-link/page-link'
import { routes } from '@/lib/routes'

/** A comma-separated list of organisations, each linking to its page. */
export function OrganisationLinks({ organisations }: { organisations: OrganisationSummary[] }) {
  return organisations.map((organisation, index) => (
    <span key={organisation._id}>
      {index > 0 && ', '}
      <PageLink href={routes.organisation(organisation.slug)}>{organisation.name}</PageLink>
    </span>
  ))
}
