'use client'

import type { ErrorInfo } from 'next/error'

import { ErrorView } from '@/components/error-view/error-view'

/**
 * A page that fails while rendering, inside the root layout: its header, footer and <main> stay, and
 * this fills <main>. A failure in the layout itself reaches global-error.tsx instead.
 *
 * No <title> of its own: the page's metadata has already put one in the head, and React would add a
 * second beside it, which comes first on a full load but not after a client-side navigation (tried
 * on a production build). The tab keeps the page's or the site's title; the heading says what failed.
 */
export default function PageError({ error, retry }: ErrorInfo) {
  return <ErrorView error={error} onRetry={retry} />
}
