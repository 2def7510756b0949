import { z } from 'zod'

import { documentOf } from '../validate'

/** How to reach the association: read by the site's footer and by the association page. */
export const contactProjection = /* groq */ `
  name,
  address{street, postalCode, city},
  organisationNumber,
  website,
  email
`

const addressSchema = z.object({
  street: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
})

// A malformed website or e-mail drops that one detail (logged), not the association: the footer is on
// every page. zod's plain z.url() accepts `javascript:`, hence the protocol.
export const contactShape = {
  name: z.string().min(1),
  address: addressSchema.nullable(),
  organisationNumber: z.string().nullable(),
  website: documentOf(z.url({ protocol: /^https?$/ }), 'association website'),
  email: documentOf(z.email(), 'association e-mail'),
}

export const contactSchema = z.object(contactShape)

export type Contact = z.output<typeof contactSchema>
