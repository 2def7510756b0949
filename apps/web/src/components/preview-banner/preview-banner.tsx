import styles from './preview-banner.module.css'

export const leavePreviewHref = '/api/draft-mode/disable'

/**
 * Shown on every page while draft preview is on, so nobody mistakes unpublished text for the site
 * visitors see. A plain link, not next/link: leaving is a route handler that sets a cookie.
 */
export function PreviewBanner() {
  return (
    <aside className={styles.banner} aria-label="Förhandsgranskning">
      <p className={styles.inner}>
        <strong>Förhandsgranskning – utkast visas</strong>
        <a className={styles.leave} href={leavePreviewHref}>
          Lämna förhandsgranskningen
        </a>
      </p>
    </aside>
  )
}
