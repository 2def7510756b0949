import type { CustomValidator } from 'sanity'

import { plainTextLength } from '../../lib/portable-text'

/** Shorter than this a bio says little more than the role; longer, it no longer fits a speaker card. */
export const BIO_MIN_LENGTH = 80
export const BIO_MAX_LENGTH = 1200

/** Visitors read a speaker as "role, organisation"; without one the name stands alone. */
export const hasAffiliationRule: CustomValidator<unknown[] | undefined> = (affiliations) =>
  affiliations?.length
    ? true
    : 'Lägg till minst en roll och organisation, så att besökare ser vem personen är.'

export const bioLengthRule: CustomValidator<unknown> = (bio) => {
  const length = plainTextLength(bio)
  if (length === 0) return 'Skriv några meningar om personen.'
  if (length < BIO_MIN_LENGTH)
    return `Presentationen är mycket kort (${length} tecken). Skriv gärna minst ${BIO_MIN_LENGTH} tecken.`
  if (length > BIO_MAX_LENGTH)
    return `Presentationen är mycket lång (${length} tecken). Korta den till högst ${BIO_MAX_LENGTH} tecken.`
  return true
}
