import type { ArticleKind } from '@bergslaget/content'
import { articleKinds } from '@bergslaget/content/vocabularies'

import { PageLink } from '@/components/page-link/page-link'
import { routes } from '@/lib/routes'
import '@/components/pagination/pagination.css'

const choices: { kind: ArticleKind | null; label: string }[] = [
  { kind: null, label: 'Alla' },
  ...articleKinds.values.map((kind) => ({ kind, label: articleKinds.plural[kind] })),
]

interface KindFilterProps {
  kind: ArticleKind | null
  page: number
}

/**
 * The archive's filter as plain links (the pages are prerendered, so there is no form to submit). The
 * chosen one is `aria-current="page"` on its first page and `"true"` on later pages, where the link
 * leads to the first page rather than to the page shown.
 */
export function KindFilter({ kind, page }: KindFilterProps) {
  return (
    <nav aria-label="Filtrera efter typ" className="filter">
      <ul>
        {choices.map((choice) => (
          <li key={choice.kind ?? 'alla'}>
            <PageLink
              href={routes.newsArchive(choice.kind)}
              aria-current={choice.kind === kind ? (page === 1 ? 'page' : 'true') : undefined}
            >
              {choice.label}
            </PageLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
