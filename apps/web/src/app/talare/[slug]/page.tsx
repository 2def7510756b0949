import { talkSpeakerRoles } from '@bergslaget/content/vocabularies'
import type { Metadata } from 'next'

import { PageLink } from '@/components/page-link/page-link'
import { Portrait } from '@/components/people/portrait'
import { RichText } from '@/components/portable-text/rich-text'
import { SafeLink } from '@/components/safe-link/safe-link'
import { TalkList } from '@/components/talk-list/talk-list'
import { content, publishedContent } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata/page-metadata'
import { oldSlugsOf, pageOrMoved } from '@/lib/moved'
import { prerendered } from '@/lib/prerender/prerendered'
import { routes } from '@/lib/routes'
import { sectionPageBreadcrumbs } from '@/lib/structured-data/breadcrumbs'
import { JsonLd } from '@/lib/structured-data/json-ld'
import { personLd } from '@/lib/structured-data/person'
import '@/components/people/profile.css'

interface SpeakerRouteProps {
  params: Promise<{ slug: string }>
}

// Every address is prerendered; one unknown at build renders on request (see lib/moved.ts).
export const dynamicParams = true

export async function generateStaticParams() {
  const slugs = [...(await publishedContent.listSpeakerSlugs()), ...(await oldSlugsOf('speaker'))]
  return prerendered(
    slugs.map((slug) => ({ slug })),
    ({ slug }) => routes.speaker(slug),
  )
}

/** The speaker at this address, for the page and its metadata alike; else a redirect or the 404. */
async function speakerAt(params: SpeakerRouteProps['params']) {
  const { slug } = await params
  return pageOrMoved('speaker', slug, await content.getSpeakerPage(slug))
}

export async function generateMetadata({ params }: SpeakerRouteProps): Promise<Metadata> {
  const speaker = await speakerAt(params)
  const roles = speaker.affiliations.map((a) => `${a.role}, ${a.organisation.name}`).join('; ')
  return pageMetadata({
    title: speaker.name,
    description: roles
      ? `${speaker.name}, ${roles}.`
      : `${speaker.name}, talare hos Intresseföreningen Bergslaget.`,
    path: routes.speaker(speaker.slug),
    image: speaker.portrait,
  })
}

export default async function SpeakerRoute({ params }: SpeakerRouteProps) {
  const speaker = await speakerAt(params)
  return (
    <article className="page">
      <JsonLd
        things={[
          personLd(speaker),
          sectionPageBreadcrumbs('speaker', { name: speaker.name, path: routes.speaker(speaker.slug) }),
        ]}
      />
      <header className="profile-header">
        <Portrait name={speaker.name} image={speaker.portrait} />
        <div>
          <h1>{speaker.name}</h1>
          {speaker.affiliations.length > 0 && (
            <ul className="affiliations">
              {speaker.affiliations.map((affiliation) => (
                <li key={affiliation._key}>
                  {affiliation.role},{' '}
                  <PageLink href={routes.organisation(affiliation.organisation.slug)}>
                    {affiliation.organisation.name}
                  </PageLink>
                </li>
              ))}
            </ul>
          )}
        </div>
      </header>

      <div className="prose">
        <RichText value={speaker.bio} />
      </div>

      {speaker.links.length > 0 && (
        <section aria-labelledby="lankar-rubrik">
          <h2 id="lankar-rubrik">Länkar</h2>
          <ul>
            {speaker.links.map((link) => (
              <li key={link._key}>
                <SafeLink href={link.url}>{link.title}</SafeLink>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="medverkan-rubrik">
        <h2 id="medverkan-rubrik">Medverkan</h2>
        {speaker.talks.length === 0 ? (
          <p>{speaker.name} har inte medverkat i något publicerat program ännu.</p>
        ) : (
          <TalkList
            talks={speaker.talks}
            detail={(talk) =>
              talk.roles.length > 0 &&
              `Roll: ${talk.roles.map((role) => talkSpeakerRoles.visitor[role]).join(', ')}`
            }
          />
        )}
      </section>
    </article>
  )
}
