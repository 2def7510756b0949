import { readHomeLists } from '@bergslaget/content'

import { ArticleCardList } from '@/components/article-card/article-card-list'
import { EventCardList } from '@/components/event-card/event-card-list'
import { PageLink } from '@/components/page-link/page-link'
import { content } from '@/lib/content'
import { currentFocusArea } from '@/lib/current-focus-area'
import { stockholmYear } from '@/lib/format/stockholm'
import { pageMetadata } from '@/lib/metadata/page-metadata'
import { routes } from '@/lib/routes'
import { JsonLd } from '@/lib/structured-data/json-ld'
import { associationLd } from '@/lib/structured-data/organizations'
import { websiteLd } from '@/lib/structured-data/website'

export async function generateMetadata() {
  const { association } = await content.getHomePage()
  return {
    ...pageMetadata({
      title: association?.name ?? 'Intresseföreningen Bergslaget',
      description: association?.intro ?? 'Samverkan mellan kommuner och regioner i Bergslagen.',
      path: routes.home,
    }),
    // The home page is the one page whose title is the site's name alone.
    title: { absolute: association?.name ?? 'Intresseföreningen Bergslaget' },
  }
}

// Upcoming events depend on the day; the page is rebuilt at most hourly.
export const revalidate = 3600

export default async function HomePage() {
  const now = new Date()
  const [{ association }, { articles, upcomingEvents }, contact] = await Promise.all([
    content.getHomePage(),
    readHomeLists(content, now),
    content.getSiteSettings(),
  ])
  const focus = association && currentFocusArea(association.focusAreas, stockholmYear(now.toISOString()))
  return (
    <div className="page">
      <JsonLd things={[websiteLd(), ...(contact ? [associationLd(contact)] : [])]} />
      <h1>{association?.name ?? 'Intresseföreningen Bergslaget'}</h1>
      {association && <p className="lead">{association.intro}</p>}
      {focus && (
        <p>
          {focus.current ? 'Fokusområde' : 'Senaste fokusområde'} {focus.area.period}:{' '}
          <strong>{focus.area.title}</strong>. <PageLink href={routes.about}>Mer om föreningen</PageLink>
        </p>
      )}

      <section aria-labelledby="kommande-rubrik">
        <h2 id="kommande-rubrik">Kommande evenemang</h2>
        {upcomingEvents.length === 0 ? (
          <p>
            Inga kommande evenemang just nu.{' '}
            <PageLink href={`${routes.list.event}#tidigare`}>Se tidigare evenemang</PageLink>
          </p>
        ) : (
          <>
            <EventCardList events={upcomingEvents} />
            <p>
              <PageLink href={routes.list.event}>Alla evenemang</PageLink>
            </p>
          </>
        )}
      </section>

      <section aria-labelledby="nyheter-rubrik">
        <h2 id="nyheter-rubrik">Senaste nytt</h2>
        {articles.length === 0 ? (
          <p>Inga nyheter är publicerade ännu.</p>
        ) : (
          <>
            <ArticleCardList articles={articles} />
            <p>
              <PageLink href={routes.list.article}>Alla nyheter och rapporter</PageLink>
            </p>
          </>
        )}
      </section>
    </div>
  )
}
