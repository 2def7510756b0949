// The fixed vocabularies of the content: each stored value once, with the visitor's and the editor's
// Swedish word side by side, so the site and the Studio cannot drift apart. The zod enums, the
// Studio's option lists and structure headings and the site's labels all derive from here. Plain data
// without dependencies, so the Studio imports it (@bergslaget/content/vocabularies) without the
// content sources. Where the two words differ, it is on purpose and said beside the term.

import { vocabulary } from './vocabulary'

export const eventKinds = vocabulary([
  { value: 'seminar', visitor: 'Seminarium', editor: 'Seminarium' },
  { value: 'annualMeeting', visitor: 'Årsmöte', editor: 'Årsmöte' },
  { value: 'conference', visitor: 'Konferens', editor: 'Konferens' },
  { value: 'boardMeeting', visitor: 'Styrelsemöte', editor: 'Styrelsemöte' },
  { value: 'webinar', visitor: 'Webbinarium', editor: 'Webbinarium' },
  // The editor picks "Annat" among the kinds; a visitor reads it above the title, where "Annat" says
  // nothing and "Evenemang" names what the page is.
  { value: 'other', visitor: 'Evenemang', editor: 'Annat' },
])

// Visitors never pick a mode; they read an unconfirmed date as "datum meddelas senare" beside what is
// known of it (apps/web's formatEventDate).
export const eventDateModes = vocabulary([
  { value: 'fixed', visitor: 'Fast datum', editor: 'Fast datum och tid' },
  { value: 'unconfirmed', visitor: 'Datum meddelas senare', editor: 'Datum ej fastställt' },
])

export type EventDateMode = (typeof eventDateModes.values)[number]

// A postponed event's date fields hold its new date, or "datum meddelas senare" until it is known;
// `originalStartsAt` the day it was first planned for.
export const eventStatuses = vocabulary([
  { value: 'planned', visitor: 'Planerat', editor: 'Planerat' },
  { value: 'postponed', visitor: 'Uppskjutet', editor: 'Uppskjutet' },
  { value: 'movedOnline', visitor: 'Flyttat till webben', editor: 'Flyttat till webben' },
  { value: 'cancelled', visitor: 'Inställt', editor: 'Inställt' },
  { value: 'held', visitor: 'Genomfört', editor: 'Genomfört' },
])

export type EventStatus = (typeof eventStatuses.values)[number]

export const articleKinds = vocabulary([
  { value: 'news', visitor: 'Nyhet', editor: 'Nyhet', plural: 'Nyheter' },
  {
    value: 'seminarReport',
    visitor: 'Seminarierapport',
    editor: 'Seminarierapport',
    plural: 'Seminarierapporter',
  },
])

export type ArticleKind = (typeof articleKinds.values)[number]

export const organisationKinds = vocabulary([
  { value: 'municipality', visitor: 'Kommun', editor: 'Kommun', plural: 'Kommuner' },
  { value: 'region', visitor: 'Region', editor: 'Region', plural: 'Regioner' },
  { value: 'company', visitor: 'Företag', editor: 'Företag', plural: 'Företag' },
  { value: 'university', visitor: 'Lärosäte', editor: 'Lärosäte', plural: 'Lärosäten' },
  { value: 'sciencePark', visitor: 'Science park', editor: 'Science park', plural: 'Science parks' },
  { value: 'association', visitor: 'Förening', editor: 'Förening', plural: 'Föreningar' },
  { value: 'agency', visitor: 'Myndighet', editor: 'Myndighet', plural: 'Myndigheter' },
  // The editor picks "Annan" among the kinds; a visitor reads the kind beside a name ("Ovako,
  // företag"), where "annan" says nothing. A list of the rest is headed "Övriga" on the site and in
  // the Studio alike.
  { value: 'other', visitor: 'Organisation', editor: 'Annan', plural: 'Övriga' },
])

export const talkSpeakerRoles = vocabulary([
  { value: 'speaker', visitor: 'Talare', editor: 'Talare' },
  { value: 'moderator', visitor: 'Moderator', editor: 'Moderator' },
  { value: 'host', visitor: 'Värd', editor: 'Värd' },
])
