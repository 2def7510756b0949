import { PinIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'

export const venue = defineType({
  name: 'venue',
  title: 'Plats',
  type: 'object',
  icon: PinIcon,
  fields: [
    defineField({ name: 'name', title: 'Lokal', description: 'T.ex. "Kulturhuset Tornet".', type: 'string' }),
    defineField({ name: 'street', title: 'Gatuadress', type: 'string' }),
    defineField({ name: 'city', title: 'Ort', type: 'string' }),
    defineField({ name: 'location', title: 'Position på kartan', type: 'geopoint' }),
  ],
  preview: { select: { title: 'name', subtitle: 'city' } },
})
