import { ImageResponse } from 'next/og'

import { siteName } from '@/lib/metadata/page-metadata'
import type { SitePage } from '@/lib/site-pages/site-pages'

import { shareImageSize } from './share-image-path'

// The site's colours (globals.css): the brand's dark teal, the marker's yellow.
const brand = '#16343d'
const marker = '#f4c95d'

// The font is next/og's own (Geist, installed with next from npm: nothing is fetched at build or run
// time); its Latin set has å, ä and ö. A font of our own would have to be read from node_modules at run
// time, which the bundler (Turbopack) takes for a module it cannot load.
/** A page's share image: its title on the brand colour, what kind of page it is above it. */
export function shareImage({ title, label }: Pick<SitePage, 'title' | 'label'>): ImageResponse {
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '72px 80px',
        background: brand,
        color: '#ffffff',
        fontFamily: 'Noto Sans',
        borderBottom: `24px solid ${marker}`,
      }}
    >
      <div style={{ fontSize: 34, color: marker }}>{label}</div>
      <div style={{ fontSize: title.length > 60 ? 56 : 72, lineHeight: 1.15 }}>{title}</div>
      <div style={{ fontSize: 30 }}>{siteName}</div>
    </div>,
    shareImageSize,
  )
}
