import type { ContentResult, SpeakerSummary } from '@bergslaget/content'
import type { Person } from 'schema-dts'

import { absoluteUrl } from '@/lib/absolute-url'
import { routes } from '@/lib/routes'

import { organisationRef } from './organizations'

/** A speaker as other things name them (a talk's performer): enough to find their page. */
export function personRef(speaker: Pick<SpeakerSummary, 'name' | 'slug'>) {
  return {
    '@type': 'Person' as const,
    name: speaker.name,
    url: absoluteUrl(routes.speaker(speaker.slug)),
  } satisfies Person
}

/** A speaker's own page: their roles and the organisations they speak for. */
export function personLd(speaker: ContentResult<'getSpeakerPage'>): Person {
  const [first] = speaker.affiliations
  return {
    ...personRef(speaker),
    ...(first && { jobTitle: first.role }),
    ...(speaker.affiliations.length > 0 && {
      affiliation: speaker.affiliations.map(({ organisation }) => organisationRef(organisation)),
    }),
  }
}
