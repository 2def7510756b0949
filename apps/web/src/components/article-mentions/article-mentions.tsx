import { compareSwedish, type OrganisationSummary, type SpeakerSummary } from '@bergslaget/content'
import { organisationKinds } from '@bergslaget/content/vocabularies'

import { PageLink } from '@/components/page-link/page-link'
import { SpeakerCredit } from '@/components/people/speaker-credit'
import { routes } from '@/lib/routes'

import './related.css'

interface ArticleMentionsProps {
  speakers: SpeakerSummary[]
  organisations: OrganisationSummary[]
}

const byName = <T extends { name: string }>(items: T[]) =>
  [...items].sort((a, b) => compareSwedish(a.name, b.name))

/** The people and organisations an article links to, A–Ö, each with a link to its page. */
export function ArticleMentions({ speakers, organisations }: ArticleMentionsProps) {
  if (speakers.length === 0 && organisations.length === 0) return null
  return (
    <aside className="related" aria-labelledby="omnamnda-rubrik">
      <h2 id="omnamnda-rubrik">Omnämnda i texten</h2>
      {speakers.length > 0 && (
        <>
          <h3>Personer</h3>
          <ul className="plain-list">
            {byName(speakers).map((speaker) => (
              <li key={speaker._id}>
                <SpeakerCredit speaker={speaker} />
              </li>
            ))}
          </ul>
        </>
      )}
      {organisations.length > 0 && (
        <>
          <h3>Organisationer</h3>
          <ul className="plain-list">
            {byName(organisations).map((organisation) => (
              <li key={organisation._id}>
                <PageLink href={routes.organisation(organisation.slug)}>{organisation.name}</PageLink>
                {`, ${organisationKinds.visitor[organisation.kind].toLowerCase()}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  )
}
