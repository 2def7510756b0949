import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { SiteFooter } from '@/components/site-footer/site-footer'
import { SiteHeader } from '@/components/site-header/site-header'
import { mainContentId, SkipLink } from '@/components/skip-link/skip-link'
import { siteEnv } from '@/env'
import { content } from '@/lib/content'
import { isDraftModeEnabled } from '@/lib/draft/draft-content'
import { DraftModeTools } from '@/lib/draft/draft-mode-tools'
import './globals.css'

export const metadata: Metadata = {
  metadataBase: new URL(siteEnv.siteUrl),
  title: {
    default: 'Intresseföreningen Bergslaget',
    template: '%s | Intresseföreningen Bergslaget',
  },
  description:
    'Intresseföreningen Bergslaget samlar kommuner och regioner i Bergslagen för regional utveckling och samverkan.',
}

export default async function RootLayout({ children }: Readonly<{ children: ReactNode }>) {
  // The footer's contact details come from the association document, so editors keep them in one place;
  // one small query per rendered page, at build.
  const settings = await content.getSiteSettings()
  const draft = await isDraftModeEnabled()
  return (
    <html lang="sv">
      <body>
        <SkipLink />
        {draft && <DraftModeTools />}
        <SiteHeader />
        {/* tabIndex lets the skip link move focus, not only the scroll position, in every browser. */}
        <main id={mainContentId} tabIndex={-1}>
          {children}
        </main>
        <SiteFooter settings={settings} />
      </body>
    </html>
  )
}
