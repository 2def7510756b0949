import { ArticleCard } from '@/components/article-card/article-card'
import { EventCard } from '@/components/event-card/event-card'
import { RichText } from '@/components/portable-text/rich-text'
import { getHomePage } from '@/lib/content'

export default async function HomePage() {
  const { association, articles, events } = await getHomePage()
  const focusArea = association?.focusAreas[0]
  return (
    <div className="page">
      <h1>{association?.name ?? 'Intresseföreningen Bergslaget'}</h1>
      {association && <RichText value={association.description} />}
      {focusArea && (
        <p className="lead">
          Fokusområde {focusArea.period}: <strong>{focusArea.title}</strong>
        </p>
      )}

      <section aria-labelledby="evenemang-rubrik">
        <h2 id="evenemang-rubrik">Evenemang</h2>
        {events.length === 0 ? (
          <p>Inga evenemang är publicerade ännu.</p>
        ) : (
          <ul className="card-list">
            {events.map((event) => (
              <li key={event._id}>
                <EventCard event={event} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="nyheter-rubrik">
        <h2 id="nyheter-rubrik">Senaste nytt</h2>
        {articles.length === 0 ? (
          <p>Inga nyheter är publicerade ännu.</p>
        ) : (
          <ul className="card-list">
            {articles.map((article) => (
              <li key={article._id}>
                <ArticleCard article={article} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
