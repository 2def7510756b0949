import { newsFeedResponse } from '@/lib/feeds/news-feed-response'

// Prerendered like the archive; its read carries the articles' list tag, so a publish renders it anew.
export const dynamic = 'force-static'

export function GET(): Promise<Response> {
  return newsFeedResponse('atom')
}
