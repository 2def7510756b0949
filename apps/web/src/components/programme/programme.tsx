import type { ProgrammeTalk } from '@bergslaget/content'

import { PageLink } from '@/components/page-link/page-link'
import { OrganisationLinks } from '@/components/people/organisation-links'
import { formatTime } from '@/lib/format'
import { routes } from '@/lib/routes'

import { TalkSpeakers } from './talk-speakers'
import './programme.css'

interface ProgrammeProps {
  eventSlug: string
  talks: ProgrammeTalk[]
}

/** An event's programme: the talks in the order the query gives (programme position, then time). */
export function Programme({ eventSlug, talks }: ProgrammeProps) {
  if (talks.length === 0) return <p>Programmet är inte publicerat ännu.</p>
  return (
    <ol className="programme">
      {talks.map((talk) => (
        <li key={talk._id} className="programme-item">
          {talk.startsAt && (
            <p className="programme-time">
              <time dateTime={talk.startsAt}>{formatTime(talk.startsAt)}</time>
              {talk.endsAt && (
                <>
                  –<time dateTime={talk.endsAt}>{formatTime(talk.endsAt)}</time>
                </>
              )}
            </p>
          )}
          <h3 className="programme-title">
            <PageLink href={routes.talk(eventSlug, talk.slug)}>{talk.title}</PageLink>
          </h3>
          <TalkSpeakers speakers={talk.speakers} className="programme-speakers" />
          {talk.concerns.length > 0 && (
            <p className="programme-concerns">
              Om: <OrganisationLinks organisations={talk.concerns} />
            </p>
          )}
        </li>
      ))}
    </ol>
  )
}
