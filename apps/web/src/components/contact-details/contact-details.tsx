import type { Contact } from '@bergslaget/content'

import { SafeLink } from '@/components/safe-link/safe-link'
import { displayUrl } from '@/lib/display-url'

/**
 * The association's contact details as editors keep them in the association document; a detail that
 * is not set is left out. Used by the footer of every page and by the association page.
 */
export function ContactDetails({ contact }: { contact: Contact }) {
  const { name, address, organisationNumber, website, email } = contact
  const postalTown = [address?.postalCode, address?.city].filter(Boolean).join(' ')
  return (
    <address className="contact-details">
      <span className="contact-details__name">{name}</span>
      {address?.street && (
        <>
          <br />
          {address.street}
        </>
      )}
      {postalTown && (
        <>
          <br />
          {/* A postal code must not break across lines ("791 51"). */}
          <span className="nowrap">{postalTown}</span>
        </>
      )}
      {organisationNumber && (
        <>
          <br />
          Organisationsnummer <span className="nowrap">{organisationNumber}</span>
        </>
      )}
      {website && (
        <>
          <br />
          <SafeLink href={website}>{displayUrl(website)}</SafeLink>
        </>
      )}
      {email && (
        <>
          <br />
          E-post: <SafeLink href={`mailto:${email}`}>{email}</SafeLink>
        </>
      )}
    </address>
  )
}
