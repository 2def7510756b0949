import { organisationKinds, talkSpeakerRoles } from '@bergslaget/content/vocabularies'
import type { Metadata } from 'next'

import { ArticleCardList } from '@/components/article-card/article-card-list'
import { PageLink } from '@/components/page-link/page-link'
import { SafeLink } from '@/components/safe-link/safe-link'
import { SanityImage } from '@/components/sanity-image/sanity-image'
import { TalkList } from '@/components/talk-list/talk-list'
import { content, publishedContent } from '@/lib/content'
import { displayUrl } from '@/lib/display-url'
import { pageMetadata } from '@/lib/metadata/page-metadata'
import { oldSlugsOf, pageOrMoved } from '@/lib/moved'
import { prerendered } from '@/lib/prerender/prerendered'
import { routes } from '@/lib/routes'
import { safeHref } from '@/lib/safe-href'
import { sectionPageBreadcrumbs } from '@/lib/structured-data/breadcrumbs'
import { JsonLd } from '@/lib/structured-data/json-ld'
import { organisationLd } from '@/lib/structured-data/organizations'

import { EventGroup } from './event-group'
import '@/components/people/profile.css'
import '@/components/people/name-lists.css'

interface OrganisationRouteProps {
  params: Promise<{ slug: string }>
}

// Every address is prerendered; one unknown at build renders on request (see lib/moved.ts).
export const dynamicParams = true

export async function generateStaticParams() {
  const slugs = [...(await publishedContent.listOrganisationSlugs()), ...(await oldSlugsOf('organisation'))]
  return prerendered(
    slugs.map((slug) => ({ slug })),
    ({ slug }) => routes.organisation(slug),
  )
}

/** The organisation at this address, for the page and its metadata alike; else a redirect or the 404. */
async function organisationAt(params: OrganisationRouteProps['params']) {
  const { slug } = await params
  return pageOrMoved('organisation', slug, await content.getOrganisationPage(slug))
}

export async function generateMetadata({ params }: OrganisationRouteProps): Promise<Metadata> {
  const organisation = await organisationAt(params)
  const kind = organisationKinds.visitor[organisation.kind]
  return pageMetadata({
    title: organisation.name,
    description:
      organisation.description ??
      `${organisation.name} (${kind.toLowerCase()}${organisation.city ? ` i ${organisation.city}` : ''}): personer, föredrag, evenemang och artiklar hos Intresseföreningen Bergslaget.`,
    path: routes.organisation(organisation.slug),
  })
}

export default async function OrganisationRoute({ params }: OrganisationRouteProps) {
  const organisation = await organisationAt(params)
  const { name, people, talks, events, concerningTalks, articles } = organisation
  const website = safeHref(organisation.website)
  const hosted = events.filter((event) => event.hosted)
  const partnered = events.filter((event) => !event.hosted)
  return (
    <article className="page">
      <JsonLd
        things={[
          organisationLd(organisation),
          sectionPageBreadcrumbs('organisation', {
            name: organisation.name,
            path: routes.organisation(organisation.slug),
          }),
        ]}
      />
      <header className="profile-header">
        {/* Beside the name in the heading, a logo without the editor's alt text is decorative. */}
        <SanityImage image={organisation.logo} width={160} className="logo" />
        <div>
          <p className="card-kicker">{organisationKinds.visitor[organisation.kind]}</p>
          <h1>{name}</h1>
        </div>
      </header>

      {organisation.description && <p className="lead">{organisation.description}</p>}

      {(organisation.city || organisation.county || website) && (
        <dl className="facts">
          {organisation.city && (
            <>
              <dt>Ort</dt>
              <dd>{organisation.city}</dd>
            </>
          )}
          {organisation.county && (
            <>
              <dt>Län</dt>
              <dd>{organisation.county}</dd>
            </>
          )}
          {website && (
            <>
              <dt>Webbplats</dt>
              <dd>
                <SafeLink href={website.href}>{displayUrl(website.href)}</SafeLink>
              </dd>
            </>
          )}
        </dl>
      )}

      {people.length > 0 && (
        <section aria-labelledby="personer-rubrik">
          <h2 id="personer-rubrik">Personer</h2>
          <ul className="person-list">
            {people.map((person) => (
              <li key={person._id}>
                <PageLink href={routes.speaker(person.slug)}>{person.name}</PageLink>
                {person.roles.length > 0 && `, ${person.roles.join(', ')}`}
              </li>
            ))}
          </ul>
        </section>
      )}

      {talks.length > 0 && (
        <section aria-labelledby="foredrag-rubrik">
          <h2 id="foredrag-rubrik">Föredrag av personer från {name}</h2>
          <TalkList
            talks={talks}
            detail={(talk) =>
              talk.speakers.map(({ _key, role, speaker }, index) => (
                <span key={_key}>
                  {index > 0 && '; '}
                  {talkSpeakerRoles.visitor[role]}:{' '}
                  <PageLink href={routes.speaker(speaker.slug)}>{speaker.name}</PageLink>
                </span>
              ))
            }
          />
        </section>
      )}

      {events.length > 0 && (
        <section aria-labelledby="evenemang-rubrik">
          <h2 id="evenemang-rubrik">Evenemang</h2>
          <EventGroup id="arrangor" heading="Som arrangör" events={hosted} />
          <EventGroup id="samarbetspartner" heading="Som samarbetspartner" events={partnered} />
        </section>
      )}

      {concerningTalks.length > 0 && (
        <section aria-labelledby="om-rubrik">
          <h2 id="om-rubrik">Föredrag som berör {name}</h2>
          <TalkList talks={concerningTalks} />
        </section>
      )}

      {articles.length > 0 && (
        <section aria-labelledby="artiklar-rubrik">
          <h2 id="artiklar-rubrik">Artiklar som nämner {name}</h2>
          <ArticleCardList articles={articles} />
        </section>
      )}
    </article>
  )
}
