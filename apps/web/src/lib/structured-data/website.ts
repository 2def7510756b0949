import type { WebSite } from 'schema-dts'

import { absoluteUrl } from '@/lib/absolute-url'
import { siteName } from '@/lib/metadata/page-metadata'
import { routes } from '@/lib/routes'

import { associationId } from './organizations'

/** The site itself, named as search results should name it. */
export function websiteLd(): WebSite {
  return {
    '@type': 'WebSite',
    name: siteName,
    url: absoluteUrl(routes.home),
    inLanguage: 'sv-SE',
    publisher: { '@id': associationId },
  }
}
