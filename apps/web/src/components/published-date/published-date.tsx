import { formatPublished, type Published } from '@/lib/format'

/** The publication date as visitors read it, machine-readable when the day is known. */
export function PublishedDate({ published }: { published: Published }) {
  const text = formatPublished(published)
  if (!text) return null
  return published.publishedAt ? <time dateTime={published.publishedAt}>{text}</time> : <>{text}</>
}
