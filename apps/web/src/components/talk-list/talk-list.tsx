import type { TalkSummary } from '@bergslaget/content'
import type { ReactNode } from 'react'

import { PageLink } from '@/components/page-link/page-link'
import { formatEventDate } from '@/lib/format'
import { routes } from '@/lib/routes'
import './talk-list.css'

interface TalkListProps<T extends TalkSummary> {
  talks: T[]
  /** A line about the talk on this page, e.g. the person's role in it. */
  detail?: (talk: T) => ReactNode
}

/** Talks outside their programme (a speaker's, an organisation's): each with its event and date. */
export function TalkList<T extends TalkSummary>({ talks, detail }: TalkListProps<T>) {
  return (
    <ul className="talk-list">
      {talks.map((talk) => {
        const note = detail?.(talk)
        return (
          <li key={talk._id} className="talk-list-item">
            <h3 className="talk-list-title">
              <PageLink href={routes.talk(talk.event.slug, talk.slug)}>{talk.title}</PageLink>
            </h3>
            {note && <p className="talk-list-detail">{note}</p>}
            <p className="card-meta">
              <PageLink href={routes.event(talk.event.slug)}>{talk.event.title}</PageLink>,{' '}
              {formatEventDate(talk.event)}
            </p>
          </li>
        )
      })}
    </ul>
  )
}
