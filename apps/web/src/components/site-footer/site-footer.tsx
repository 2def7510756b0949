import type { SiteSettings } from '@bergslaget/content'

import { ContactDetails } from '@/components/contact-details/contact-details'
import { PageLink } from '@/components/page-link/page-link'
import { siteName } from '@/lib/metadata/page-metadata'
import { routes } from '@/lib/routes'

/**
 * The association's contact details and the pages editors chose to link from every page (the
 * accessibility statement among them), in their order; read once per page by the layout from the
 * association document.
 */
export function SiteFooter({ settings }: { settings: SiteSettings | null }) {
  const links = settings?.footerLinks ?? []
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        {settings ? (
          <ContactDetails contact={settings} />
        ) : (
          <p className="contact-details__name">{siteName}</p>
        )}
        {links.length > 0 && (
          <nav aria-label="Om webbplatsen" className="site-footer__links">
            <ul>
              {links.map((page) => (
                <li key={page._id}>
                  <PageLink href={routes.infoPage(page.slug)}>{page.title}</PageLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
    </footer>
  )
}
