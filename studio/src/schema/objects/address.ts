import { EnvelopeIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'

export const address = defineType({
  name: 'address',
  title: 'Postadress',
  type: 'object',
  icon: EnvelopeIcon,
  fields: [
    defineField({ name: 'street', title: 'Gatuadress eller box', type: 'string' }),
    defineField({
      name: 'postalCode',
      title: 'Postnummer',
      type: 'string',
      validation: (rule) =>
        rule
          .regex(/^\d{3} ?\d{2}$/, { name: 'postnummer' })
          .error('Ange postnumret som fem siffror, t.ex. "791 71".'),
    }),
    defineField({ name: 'city', title: 'Postort', type: 'string' }),
  ],
  preview: {
    select: { street: 'street', postalCode: 'postalCode', city: 'city' },
    prepare: ({ street, postalCode, city }) => ({
      title: street ?? 'Postadress',
      subtitle: [postalCode, city].filter(Boolean).join(' '),
    }),
  },
})
