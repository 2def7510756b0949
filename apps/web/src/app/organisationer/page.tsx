import Link from 'next/link'

import { content } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata/page-metadata'
import { groupByKind } from '@/lib/organisations/group-by-kind'
import { routes } from '@/lib/routes'

export const metadata = pageMetadata({
  title: 'Organisationer',
  description:
    'Kommuner, regioner, lärosäten, företag och andra organisationer som medverkat i Intresseföreningen Bergslagens arbete.',
  path: routes.list.organisation,
})

export default async function OrganisationsRoute() {
  const groups = groupByKind(await content.getOrganisationsPage())
  return (
    <div className="page">
      <h1>Organisationer</h1>
      <p className="lead">
        Föreningens medlemmar och de organisationer som har medverkat vid eller nämnts på våra seminarier.
      </p>
      {groups.length === 0 ? (
        <p>Inga organisationer är publicerade ännu.</p>
      ) : (
        <>
          <nav aria-label="Typer av organisationer" className="jump-links">
            <ul>
              {groups.map((group) => (
                <li key={group.kind}>
                  <a href={`#${group.kind}`}>{group.heading}</a> ({group.organisations.length})
                </li>
              ))}
            </ul>
          </nav>
          {groups.map((group) => (
            <section key={group.kind} id={group.kind} aria-labelledby={`${group.kind}-rubrik`}>
              <h2 id={`${group.kind}-rubrik`}>{group.heading}</h2>
              <ul className="organisation-list">
                {group.organisations.map((organisation) => (
                  <li key={organisation._id}>
                    <Link href={routes.organisation(organisation.slug)}>{organisation.name}</Link>
                    {organisation.city && <span className="organisation-city">, {organisation.city}</span>}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </div>
  )
}
