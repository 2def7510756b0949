import { compareSwedish, type OrganisationSummary } from '@bergslaget/content'

import { organisationKindLabels } from '@/lib/labels'

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

/** `other` is "Organisation" on a single organisation; as the heading of the last group it reads "Övriga". */
function groupHeading(kind: Kind): string {
  return kind === 'other' ? 'Övriga' : organisationKindLabels[kind]
}

/** Organisations grouped by kind in a fixed order, A–Ö within each group; empty groups left out. */
export function groupByKind<T extends Pick<OrganisationSummary, 'kind' | 'name'>>(
  organisations: readonly T[],
): OrganisationGroup<T>[] {
  return organisationKindOrder.flatMap((kind) => {
    const members = organisations
      .filter((organisation) => organisation.kind === kind)
      .sort((a, b) => compareSwedish(a.name, b.name))
    return members.length > 0 ? [{ kind, heading: groupHeading(kind), organisations: members }] : []
  })
}
