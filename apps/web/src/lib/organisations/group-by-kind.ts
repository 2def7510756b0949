import type { OrganisationListing } from '@bergslaget/content'
import { organisationKinds } from '@bergslaget/content/vocabularies'

import type { ListGroup } from '@/lib/pagination/grouped-list'

type Kind = OrganisationListing['kind']

/** The association's members first, then those who work with them, then the rest. */
export const organisationKindOrder: readonly Kind[] = [
  'municipality',
  'region',
  'university',
  'sciencePark',
  'association',
  'agency',
  'company',
  'other',
]

/** The group of an organisation's kind: the kind as its id (`#region`), its Swedish plural as heading. */
export function kindGroup({ kind }: Pick<OrganisationListing, 'kind'>): ListGroup {
  return { id: kind, heading: organisationKinds.plural[kind] }
}

/**
 * Organisations kind by kind in the fixed order, keeping the order they come in within a kind (the
 * content layer's A–Ö).
 */
export function byKind<T extends Pick<OrganisationListing, 'kind'>>(organisations: readonly T[]): T[] {
  return [...organisations].sort((a, b) => kindRank(a.kind) - kindRank(b.kind))
}

const kindRank = (kind: Kind) => organisationKindOrder.indexOf(kind)
