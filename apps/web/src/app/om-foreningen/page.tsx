import { singletonPages } from '@bergslaget/content/content-types'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ContactDetails } from '@/components/contact-details/contact-details'
import { PageLink } from '@/components/page-link/page-link'
import { SpeakerCredit } from '@/components/people/speaker-credit'
import { RichText } from '@/components/portable-text/rich-text'
import { content } from '@/lib/content'
import { describeMembership } from '@/lib/members/describe-membership'
import { groupByCounty } from '@/lib/members/group-by-county'
import { pageMetadata } from '@/lib/metadata/page-metadata'
import { routes } from '@/lib/routes'
import { breadcrumbList } from '@/lib/structured-data/breadcrumbs'
import { JsonLd } from '@/lib/structured-data/json-ld'
import { associationLd } from '@/lib/structured-data/organizations'
import './association.css'

export async function generateMetadata(): Promise<Metadata> {
  const about = await content.getAboutPage()
  return pageMetadata({
    title: 'Om föreningen',
    description:
      about?.intro ??
      `Om ${about?.name ?? 'Intresseföreningen Bergslaget'}: medlemmar, fokusområden och kontakt.`,
    path: routes.about,
  })
}

export default async function AboutRoute() {
  const about = await content.getAboutPage()
  if (!about) notFound()
  const counties = groupByCounty(about.members)
  return (
    <article className="page">
      <JsonLd
        things={[
          associationLd(about),
          breadcrumbList([{ name: singletonPages.association.names.visitor.one, path: routes.about }]),
        ]}
      />
      <h1>{about.name}</h1>
      <div className="prose">
        <RichText value={about.description} />
      </div>

      {about.focusAreas.length > 0 && (
        <section aria-labelledby="fokus-rubrik">
          <h2 id="fokus-rubrik">{about.focusAreas.length === 1 ? 'Fokusområde' : 'Fokusområden'}</h2>
          <ul className="plain-list">
            {about.focusAreas.map((area) => (
              <li key={area._key} className="focus-area">
                <h3>{area.title}</h3>
                <p className="card-kicker">{area.period}</p>
                {area.description && <p>{area.description}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="medlemmar-rubrik">
        <h2 id="medlemmar-rubrik">Medlemmar</h2>
        <p>{describeMembership(about)}</p>
        <div className="county-groups">
          {counties.map(({ county, members }) => (
            <section key={county ?? 'okänt'} aria-label={county ?? 'Län ej angivet'}>
              <h3>{county ?? 'Län ej angivet'}</h3>
              <ul className="plain-list">
                {members.map((member) => (
                  <li key={member._id}>
                    <PageLink href={routes.organisation(member.slug)}>{member.name}</PageLink>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </section>

      {about.chair && (
        <section aria-labelledby="ordforande-rubrik">
          <h2 id="ordforande-rubrik">Ordförande</h2>
          <p>
            <SpeakerCredit speaker={about.chair} />
          </p>
        </section>
      )}

      <section aria-labelledby="kontakt-rubrik">
        <h2 id="kontakt-rubrik">Kontakt</h2>
        <ContactDetails contact={about} />
      </section>
    </article>
  )
}
