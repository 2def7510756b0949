'use client'

import { usePathname } from 'next/navigation'

import { leavePreviewAction, returnToField } from './leave-preview-request'
import styles from './preview-banner.module.css'

/**
 * Shown on every page while draft preview is on, so nobody mistakes unpublished text for the site
 * visitors see. Leaving is a plain POST form, so it works without JavaScript; the route takes the
 * editor back to the page named in the form. A client component for that name alone: visual editing
 * moves between pages without rendering the root layout, where the banner is, again.
 */
export function PreviewBanner() {
  const pathname = usePathname()
  return (
    <aside className={styles.banner} aria-label="Förhandsgranskning">
      <form className={styles.inner} method="post" action={leavePreviewAction}>
        <strong>Förhandsgranskning – utkast visas</strong>
        <input type="hidden" name={returnToField} value={pathname} />
        <button type="submit" className={styles.leave}>
          Lämna förhandsgranskningen
        </button>
      </form>
    </aside>
  )
}
