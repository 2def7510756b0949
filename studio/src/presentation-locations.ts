import { defineDocuments, defineLocations, type DocumentLocationsState } from 'sanity/presentation'

import { routes } from '@bergslaget/content/site-paths'

type Selected = Record<string, string | undefined> | null
type Location = { title: string; href: string }

/** A document's own page first, then the list it appears in; no slug yet, no page. */
function pages(own: Location | null, ...lists: Location[]): DocumentLocationsState {
  if (!own) {
    return {
      message: 'Dokumentet har ingen slug ännu och visas därför inte på webbplatsen.',
      tone: 'caution',
    }
  }
  return { locations: [own, ...lists] }
}

export function speakerLocations(doc: Selected): DocumentLocationsState {
  return pages(doc?.slug ? { title: doc.name || 'Talare', href: routes.speaker(doc.slug) } : null, {
    title: 'Talare',
    href: routes.speakers,
  })
}

export function eventLocations(doc: Selected): DocumentLocationsState {
  return pages(
    doc?.slug ? { title: doc.title || 'Evenemang', href: routes.event(doc.slug) } : null,
    { title: 'Evenemang', href: routes.events },
    { title: 'Startsidan', href: routes.home },
  )
}

export function talkLocations(doc: Selected): DocumentLocationsState {
  if (doc?.slug && !doc.eventSlug) {
    return {
      message: 'Föredraget visas på webbplatsen först när det hör till ett evenemang.',
      tone: 'caution',
    }
  }
  return pages(
    doc?.slug && doc.eventSlug
      ? { title: doc.title || 'Föredrag', href: routes.talk(doc.eventSlug, doc.slug) }
      : null,
    ...(doc?.eventSlug
      ? [{ title: doc.eventTitle || 'Evenemanget', href: routes.event(doc.eventSlug) }]
      : []),
  )
}

export function articleLocations(doc: Selected): DocumentLocationsState {
  return pages(
    doc?.slug ? { title: doc.title || 'Artikel', href: routes.article(doc.slug) } : null,
    { title: 'Nyheter', href: routes.news },
    { title: 'Startsidan', href: routes.home },
  )
}

export function organisationLocations(doc: Selected): DocumentLocationsState {
  return pages(
    doc?.slug ? { title: doc.name || 'Organisation', href: routes.organisation(doc.slug) } : null,
    { title: 'Organisationer', href: routes.organisations },
  )
}

/** Where the Presentation tool offers to show a document being edited. */
export const locations = {
  speaker: defineLocations({ select: { name: 'name', slug: 'slug.current' }, resolve: speakerLocations }),
  event: defineLocations({ select: { title: 'title', slug: 'slug.current' }, resolve: eventLocations }),
  talk: defineLocations({
    select: {
      title: 'title',
      slug: 'slug.current',
      eventSlug: 'event.slug.current',
      eventTitle: 'event.title',
    },
    resolve: talkLocations,
  }),
  article: defineLocations({ select: { title: 'title', slug: 'slug.current' }, resolve: articleLocations }),
  organisation: defineLocations({
    select: { name: 'name', slug: 'slug.current' },
    resolve: organisationLocations,
  }),
  association: defineLocations({
    select: {},
    resolve: () => ({ locations: [{ title: 'Om föreningen', href: routes.about }] }),
  }),
}

/** Which document a page of the site is about, so opening a page opens its document for editing. */
export const mainDocuments = defineDocuments([
  { route: '/talare/:slug', filter: '_type == "speaker" && slug.current == $slug' },
  {
    route: '/evenemang/:event/:talk',
    filter: '_type == "talk" && slug.current == $talk && event->slug.current == $event',
  },
  { route: '/evenemang/:slug', filter: '_type == "event" && slug.current == $slug' },
  { route: '/nyheter/:slug', filter: '_type == "article" && slug.current == $slug' },
  { route: '/organisationer/:slug', filter: '_type == "organisation" && slug.current == $slug' },
  { route: '/om-foreningen', type: 'association' },
])
