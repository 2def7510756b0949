import type { SpeakerSummary } from '@bergslaget/content'

import { PageLink } from '@/components/page-link/page-link'
import { routes } from '@/lib/routes'

/** "Jan Bohman, ordförande, Intresseföreningen Bergslaget; kommunalråd, Borlänge kommun" with links. */
export function SpeakerCredit({ speaker }: { speaker: SpeakerSummary }) {
  return (
    <>
      <PageLink href={routes.speaker(speaker.slug)}>{speaker.name}</PageLink>
      {speaker.affiliations.map((affiliation, index) => (
        <span key={affiliation._key}>
          {index === 0 ? ', ' : '; '}
          {affiliation.role},{' '}
          <PageLink href={routes.organisation(affiliation.organisation.slug)}>
            {affiliation.organisation.name}
          </PageLink>
        </span>
      ))}
    </>
  )
}
