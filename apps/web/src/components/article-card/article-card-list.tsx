import type { ArticleSummary } from '@bergslaget/content'

import { ArticleCard } from './article-card'

/** News items and reports as a grid of cards. */
export function ArticleCardList({ articles }: { articles: ArticleSummary[] }) {
  return (
    <ul className="card-list">
      {articles.map((article) => (
        <li key={article._id}>
          <ArticleCard article={article} />
        </li>
      ))}
    </ul>
  )
}
