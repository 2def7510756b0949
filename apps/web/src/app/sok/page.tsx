import type { SearchHit } from '@bergslaget/content'
import { pageTypes } from '@bergslaget/content/content-types'
import { searchLimits, searchTerms } from '@bergslaget/content/search-terms'
import type { Metadata } from 'next'

import { EventStatusBadge } from '@/components/event-card/event-status-badge'
import { PageLink } from '@/components/page-link/page-link'
import { MarkedText } from '@/components/search/marked-text'
import { SearchForm } from '@/components/search/search-form'
import { content } from '@/lib/content'
import { hrefFor, routes } from '@/lib/routes'
import { highlight, snippet } from '@/lib/search/snippet'
import './search.css'

interface SearchRouteProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/** The visitor's query: the first `q`, trimmed and cut to the length a search reads. */
async function queryOf({ searchParams }: SearchRouteProps): Promise<string> {
  const { q } = await searchParams
  return (Array.isArray(q) ? (q[0] ?? '') : (q ?? '')).trim().slice(0, searchLimits.characters)
}

// The search page itself is a page like any other; a results page is one of endless addresses with
// nothing of its own, kept out of search engines' indexes (its links are followed). Neither is in the
// sitemap: a form leads to them, not a link. The page renders per request (it reads the query), so in
// hosted mode it shows what is published now.
export async function generateMetadata(props: SearchRouteProps): Promise<Metadata> {
  const query = await queryOf(props)
  return {
    title: 'Sök',
    description: 'Sök bland evenemang, föredrag, talare, organisationer och nyheter.',
    alternates: { canonical: routes.search },
    ...(query && { robots: { index: false, follow: true } }),
  }
}

const quoted = (query: string) => `”${query}”`

function countText(count: number, query: string): string {
  if (count === 0) return `Inga träffar för ${quoted(query)}.`
  return `${count} ${count === 1 ? 'träff' : 'träffar'} för ${quoted(query)}.`
}

const titleOf = ({ target }: SearchHit) => ('title' in target ? target.title : target.name)

export default async function SearchRoute(props: SearchRouteProps) {
  const query = await queryOf(props)
  const terms = searchTerms(query)
  // No words, no query: an empty box (or only punctuation) asks nothing of the content source.
  const groups = terms.length > 0 ? await content.searchSite(query) : null
  const count = groups?.reduce((sum, group) => sum + group.hits.length, 0) ?? 0

  return (
    <div className="page">
      <h1 id="search-heading">Sök</h1>
      <SearchForm id="search-page-query" name="Sök" query={query} className="search-form search-form--page" />
      {/* A status region: screen readers announce the count when the results change. */}
      <p role="status" className="search-status">
        {groups ? countText(count, query) : query ? 'Skriv ett eller flera ord att söka efter.' : ''}
      </p>
      {groups?.map((group) => (
        <section key={group.type} aria-labelledby={`search-${group.type}`}>
          <h2 id={`search-${group.type}`}>
            {pageTypes[group.type].names.visitor.many}{' '}
            <span className="search-count">({group.hits.length})</span>
          </h2>
          <ul className="search-results">
            {group.hits.map((hit) => {
              // Every hit passed its type's summary, so it has a page; the check is for the compiler.
              const href = hrefFor(hit.target)
              if (!href) return null
              const context = snippet(hit.text, terms)
              return (
                <li key={hit._id}>
                  <PageLink href={href} className="search-results__title">
                    <MarkedText parts={highlight(titleOf(hit), terms)} />
                  </PageLink>
                  {hit.target._type === 'event' && <EventStatusBadge status={hit.target.status} />}
                  {context.length > 0 && (
                    <p className="search-results__context">
                      <MarkedText parts={context} />
                    </p>
                  )}
                </li>
              )
            })}
          </ul>
        </section>
      ))}
    </div>
  )
}
