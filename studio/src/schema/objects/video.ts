import { videoHosts } from '@bergslaget/content/video-hosts'
import { PlayIcon } from '@sanity/icons'
import { defineField, defineType } from 'sanity'

import { webUrlRule } from '../shared/url-rules'

import { imageWithAlt } from './image-with-alt'

const embedded = videoHosts.map((host) => host.name).join(' och ')

/** A recording of a talk or an event's live stream: a link to the video and, optionally, a still. */
export const video = defineType({
  name: 'video',
  title: 'Video',
  type: 'object',
  icon: PlayIcon,
  fields: [
    defineField({
      name: 'url',
      title: 'Länk till videon',
      description: `Videor på ${embedded} visas i en spelare på sidan, som inte hämtar något från ${embedded} förrän besökaren startar den. Andra adresser visas som en länk.`,
      type: 'url',
      validation: webUrlRule,
    }),
    imageWithAlt({
      name: 'still',
      title: 'Stillbild',
      description:
        'Visas i spelaren innan videon startas. Utan bild visas en enfärgad yta med en startknapp.',
    }),
  ],
  preview: { select: { title: 'url', media: 'still' } },
})
