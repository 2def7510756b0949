'use client'

import type { ErrorInfo } from 'next/error'

import { ErrorView } from '@/components/error-view/error-view'
import { SiteHeader } from '@/components/site-header/site-header'
import { mainContentId, SkipLink } from '@/components/skip-link/skip-link'
import './globals.css'

/**
 * The root layout failed (its site-settings read, say), so this replaces it: the document, the skip
 * link, the header and <main> are rebuilt as the layout has them. The footer is left out: its contact
 * details come from the content read the layout may have just failed on. Metadata exports do not work
 * in an error boundary, so the title is React's <title>, in ErrorView.
 */
export default function GlobalError({ error, retry }: ErrorInfo) {
  return (
    <html lang="sv">
      <body>
        {/* The layout's metadata would link app/icon.svg; without it browsers ask for /favicon.ico. */}
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        <SkipLink />
        <SiteHeader />
        <main id={mainContentId} tabIndex={-1}>
          <ErrorView error={error} onRetry={retry} />
        </main>
      </body>
    </html>
  )
}
