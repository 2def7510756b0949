import type { SpeakerSummary } from '@bergslaget/content'
import Link from 'next/link'

import { routes } from '@/lib/routes'

/** "Jan Bohman, ordförande, Intresseföreningen Bergslaget; kommunalråd, Borlänge kommun" with links. */
export function SpeakerCredit({ speaker }: { speaker: SpeakerSummary }) {
  return (
    <>
      <Link href={routes.speaker(speaker.slug)}>{speaker.name}</Link>
      {speaker.affiliations.map((affiliation, index) => (
        <span key={affiliation._key}>
          {index === 0 ? ', ' : '; '}
          {affiliation.role},{' '}
          <Link href={routes.organisation(affiliation.organisation.slug)}>
            {affiliation.organisation.name}
          </Link>
        </span>
      ))}
    </>
  )
}
