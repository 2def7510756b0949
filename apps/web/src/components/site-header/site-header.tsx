import { PageLink } from '@/components/page-link/page-link'
import { routes } from '@/lib/routes'

import { SearchForm } from '../search/search-form'
import { SiteNav } from '../site-nav/site-nav'

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <PageLink href={routes.home} className="site-header__name">
          Intresseföreningen Bergslaget
        </PageLink>
        <SiteNav />
        <SearchForm
          id="site-search-query"
          name="Sök på webbplatsen"
          labelHidden
          className="search-form search-form--header"
        />
      </div>
    </header>
  )
}
