import { useEffect } from 'react'

import { WayOnLinks } from '@/components/way-on/way-on-links'

import { errorDigest } from './error-digest'
import styles from './error-view.module.css'

const errorTitle = 'Något gick fel'

interface ErrorViewProps {
  error: unknown
  /** Next's `retry`: fetches the failed part again and renders it in place of this view. */
  onRetry: () => void
}

/**
 * What a visitor sees when a page fails: the same words whether the page failed inside the layout
 * (app/error.tsx) or the layout itself did (app/global-error.tsx), so both render this. It shows
 * nothing of the error; the message and stack stay in the server's log.
 *
 * Not a 'use client' entry of its own: only the two client error boundaries render it, which can pass
 * it a function.
 */
export function ErrorView({ error, onRetry }: ErrorViewProps) {
  const digest = errorDigest(error)
  useEffect(() => {
    // Only the digest, which finds the server's log line; a client error's message may hold details
    // about the page's data that do not belong in a visitor's console.
    console.error(digest ? `Page error, digest ${digest}` : 'Page error in the browser')
  }, [digest])

  return (
    <div className="page">
      {/* React places it in the head. Needed inside the layout too: the page's own metadata usually
          failed with it (the same read), and a document without a title fails WCAG 2.4.2. As the
          layout's title template has it; lib/metadata's siteName would bring env.ts to the browser. */}
      <title>{`${errorTitle} | Intresseföreningen Bergslaget`}</title>
      <h1>{errorTitle}</h1>
      <p>
        Sidan kunde inte visas just nu. Det kan vara ett tillfälligt fel, så försök gärna igen om en stund.
      </p>
      <p>
        <button type="button" className={`button ${styles.retry}`} onClick={onRetry}>
          Försök igen
        </button>
      </p>
      <p>Du kan också gå vidare härifrån:</p>
      <WayOnLinks />
    </div>
  )
}
