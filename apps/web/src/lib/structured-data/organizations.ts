import type { Contact, OrganisationPage } from '@bergslaget/content'
import type { Organization } from 'schema-dts'

import { absoluteUrl } from '@/lib/absolute-url'
import { routes } from '@/lib/routes'
import { safeHref } from '@/lib/safe-href'

/** The association's node id: the things it publishes and arranges point at it instead of repeating it. */
export const associationId = absoluteUrl('/#forening')

/** The association, from the contact details every page's footer shows. */
export function associationLd(contact: Contact): Organization {
  const { address } = contact
  return {
    '@type': 'Organization',
    '@id': associationId,
    name: contact.name,
    url: absoluteUrl(routes.home),
    ...(contact.website && { sameAs: [contact.website] }),
    ...(contact.email && { email: contact.email }),
    ...(address && {
      address: {
        '@type': 'PostalAddress',
        ...(address.street && { streetAddress: address.street }),
        ...(address.postalCode && { postalCode: address.postalCode }),
        ...(address.city && { addressLocality: address.city }),
        addressCountry: 'SE',
      },
    }),
  }
}

/** An organisation as other things name it: enough to find its page. */
export function organisationRef(organisation: { name: string; slug: string }) {
  return {
    '@type': 'Organization' as const,
    name: organisation.name,
    url: absoluteUrl(routes.organisation(organisation.slug)),
  }
}

/**
 * An organisation's own page: where it is and its own website. The content layer keeps any website
 * text (the page links it only through the allow-list), so only a web address becomes `sameAs` here.
 */
export function organisationLd(organisation: OrganisationPage): Organization {
  const website = safeHref(organisation.website)
  return {
    ...organisationRef(organisation),
    ...(website?.external && { sameAs: [website.href] }),
    ...(organisation.city && {
      address: {
        '@type': 'PostalAddress',
        addressLocality: organisation.city,
        ...(organisation.county && { addressRegion: organisation.county }),
        addressCountry: 'SE',
      },
    }),
  }
}
