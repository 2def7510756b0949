import type { SiteSettings } from '@bergslaget/content'

import { ContactDetails } from '@/components/contact-details/contact-details'
import { siteName } from '@/lib/metadata/page-metadata'

/** The association's contact details, read once per page by the layout from the association document. */
export function SiteFooter({ settings }: { settings: SiteSettings | null }) {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        {settings ? (
          <ContactDetails contact={settings} />
        ) : (
          <p className="contact-details__name">{siteName}</p>
        )}
      </div>
    </footer>
  )
}
