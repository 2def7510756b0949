'use client'

import type { ErrorInfo } from 'next/error'

import { ErrorView } from '@/components/error-view/error-view'

/**
 * A page that fails while rendering, inside the root layout: its header, footer and <main> stay, and
 * this fills <main>. A failure in the layout itself reaches global-error.tsx instead.
 *
 * Its <title> (in ErrorView) is the document's title on a full load, where the page's metadata has
 * usually failed with it; after a client-side navigation the tab may keep the previous title.
 */
export default function PageError({ error, retry }: ErrorInfo) {
  return <ErrorView error={error} onRetry={retry} />
}
