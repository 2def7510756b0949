import type { Metadata } from 'next'

import { PageLink } from '@/components/page-link/page-link'
import { OrganisationLinks } from '@/components/people/organisation-links'
import { RichText } from '@/components/portable-text/rich-text'
import { TalkSpeakers } from '@/components/programme/talk-speakers'
import { SafeLink } from '@/components/safe-link/safe-link'
import { Video } from '@/components/video/video'
import { content, publishedContent } from '@/lib/content'
import { formatEventDate, formatTime } from '@/lib/format'
import { pageMetadata } from '@/lib/metadata/page-metadata'
import { oldTalkAddresses, talkOrMoved } from '@/lib/moved'
import { prerendered } from '@/lib/prerender/prerendered'
import { routes } from '@/lib/routes'
import { breadcrumbList, sectionCrumb } from '@/lib/structured-data/breadcrumbs'
import { JsonLd } from '@/lib/structured-data/json-ld'

interface TalkRouteProps {
  params: Promise<{ slug: string; talk: string }>
}

// Every address is prerendered; one unknown at build renders on request (see lib/moved.ts).
export const dynamicParams = true

export async function generateStaticParams() {
  const talks = [...(await publishedContent.listTalkParams()), ...(await oldTalkAddresses())]
  return prerendered(
    talks.map(({ event, talk }) => ({ slug: event, talk })),
    ({ slug, talk }) => routes.talk(slug, talk),
  )
}

/** The talk at this address, for the page and its metadata alike; else a redirect or the 404. */
async function talkAt(params: TalkRouteProps['params']) {
  const { slug, talk } = await params
  return talkOrMoved(slug, talk, await content.getTalkPage(slug, talk))
}

export async function generateMetadata({ params }: TalkRouteProps): Promise<Metadata> {
  const talk = await talkAt(params)
  const speakers = talk.speakers.map(({ speaker }) => speaker.name).join(', ')
  return pageMetadata({
    title: talk.title,
    description: `${speakers ? `${speakers} på ` : ''}${talk.event.title} (${formatEventDate(talk.event)}).`,
    path: routes.talk(talk.event.slug, talk.slug),
  })
}

export default async function TalkRoute({ params }: TalkRouteProps) {
  const talk = await talkAt(params)
  return (
    <article className="page prose">
      <JsonLd
        things={[
          breadcrumbList([
            sectionCrumb('event'),
            { name: talk.event.title, path: routes.event(talk.event.slug) },
            { name: talk.title, path: routes.talk(talk.event.slug, talk.slug) },
          ]),
        ]}
      />
      <p className="card-kicker">
        Programpunkt {talk.order} på{' '}
        <PageLink href={routes.event(talk.event.slug)}>{talk.event.title}</PageLink>
        {' · '}
        {formatEventDate(talk.event)}
        {talk.startsAt && (
          <>
            {', kl. '}
            <time dateTime={talk.startsAt}>{formatTime(talk.startsAt)}</time>
            {talk.endsAt && (
              <>
                –<time dateTime={talk.endsAt}>{formatTime(talk.endsAt)}</time>
              </>
            )}
          </>
        )}
      </p>
      <h1>{talk.title}</h1>

      <TalkSpeakers speakers={talk.speakers} className="talk-speakers" />

      {talk.recording && (
        <section aria-labelledby="inspelning-rubrik">
          <h2 id="inspelning-rubrik">Inspelning</h2>
          <Video video={talk.recording} title={talk.title} />
        </section>
      )}

      <RichText value={talk.summary} />

      {talk.concerns.length > 0 && (
        <section aria-labelledby="berorda-rubrik">
          <h2 id="berorda-rubrik">Organisationer som föredraget handlar om</h2>
          <p>
            <OrganisationLinks organisations={talk.concerns} />
          </p>
        </section>
      )}

      {(talk.links.length > 0 || talk.slides) && (
        <section aria-labelledby="lasmer-rubrik">
          <h2 id="lasmer-rubrik">Läs mer</h2>
          <ul>
            {talk.slides && (
              <li>
                <SafeLink href={talk.slides.url}>
                  Presentationen{talk.slides.extension ? ` (${talk.slides.extension.toUpperCase()})` : ''}
                </SafeLink>
              </li>
            )}
            {talk.links.map((link) => (
              <li key={link._key}>
                <SafeLink href={link.url}>{link.title}</SafeLink>
              </li>
            ))}
          </ul>
        </section>
      )}

      <p>
        <PageLink href={routes.event(talk.event.slug)}>Till programmet för {talk.event.title}</PageLink>
      </p>
    </article>
  )
}
