import { compareSwedish, type OrganisationSummary } from '@bergslaget/content'
import { organisationKinds } from '@bergslaget/content/vocabularies'

type Kind = OrganisationSummary['kind']

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

export interface OrganisationGroup<T> {
  kind: Kind
  heading: string
  organisations: T[]
}

/** Organisations grouped by kind in a fixed order, A–Ö within each group; empty groups left out. */
export function groupByKind<T extends Pick<OrganisationSummary, 'kind' | 'name'>>(
  organisations: readonly T[],
): OrganisationGroup<T>[] {
  return organisationKindOrder.flatMap((kind) => {
    const members = organisations
      .filter((organisation) => organisation.kind === kind)
      .sort((a, b) => compareSwedish(a.name, b.name))
    return members.length > 0
      ? [{ kind, heading: organisationKinds.plural[kind], organisations: members }]
      : []
  })
}
