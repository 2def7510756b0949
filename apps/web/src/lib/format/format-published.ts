import { formatDate } from './format-date'

export interface Published {
  publishedAt?: string | null
  publishedYear?: number | null
}

/** "12 maj 2022", or "2022" for archive articles whose day is unknown; null when neither is set. */
export function formatPublished({ publishedAt, publishedYear }: Published): string | null {
  if (publishedAt) return formatDate(publishedAt)
  if (publishedYear) return String(publishedYear)
  return null
}
