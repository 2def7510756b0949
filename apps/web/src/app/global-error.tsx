'use client'

import type { ErrorInfo } from 'next/error'

import { ErrorView, errorTitle } from '@/components/error-view/error-view'
import { SiteHeader } from '@/components/site-header/site-header'
import { mainContentId, SkipLink } from '@/components/skip-link/skip-link'
import './globals.css'

/**
 * The root layout failed (its site-settings read, say), so this replaces it: the document, the skip
 * link, the header and <main> are rebuilt as the layout has them. The footer is left out: its contact
 * details come from the content read the layout may have just failed on. Metadata exports do not work
 * in an error boundary, so the title is React's <title>.
 */
export default function GlobalError({ error, retry }: ErrorInfo) {
  return (
    <html lang="sv">
      <body>
        {/* As the layout's title template has it; lib/metadata's siteName would bring env.ts to the browser. */}
        <title>{`${errorTitle} | Intresseföreningen Bergslaget`}</title>
        <SkipLink />
        <SiteHeader />
        <main id={mainContentId} tabIndex={-1}>
          <ErrorView error={error} onRetry={retry} />
        </main>
      </body>
    </html>
  )
}
