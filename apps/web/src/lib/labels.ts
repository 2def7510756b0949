import type { ArticleSummary, EventSummary, OrganisationSummary, ProgrammeTalk } from '@bergslaget/content'

type TalkSpeakerRole = ProgrammeTalk['speakers'][number]['role']

// Visitors' words for the values the Studio stores; one place so the site and its tests agree.
export const eventKindLabels: Record<EventSummary['kind'], string> = {
  seminar: 'Seminarium',
  annualMeeting: 'Årsmöte',
  conference: 'Konferens',
  boardMeeting: 'Styrelsemöte',
  webinar: 'Webbinarium',
  other: 'Evenemang',
}

export const eventStatusLabels: Record<EventSummary['status'], string> = {
  planned: 'Planerat',
  cancelled: 'Inställt',
  held: 'Genomfört',
}

export const articleKindLabels: Record<ArticleSummary['kind'], string> = {
  news: 'Nyhet',
  seminarReport: 'Seminarierapport',
}

/** The news archive's filter and list headings. */
export const articleKindPluralLabels: Record<ArticleSummary['kind'], string> = {
  news: 'Nyheter',
  seminarReport: 'Seminarierapporter',
}

export const organisationKindLabels: Record<OrganisationSummary['kind'], string> = {
  municipality: 'Kommun',
  region: 'Region',
  company: 'Företag',
  university: 'Lärosäte',
  sciencePark: 'Science park',
  association: 'Förening',
  agency: 'Myndighet',
  other: 'Organisation',
}

export const talkSpeakerRoleLabels: Record<TalkSpeakerRole, string> = {
  speaker: 'Talare',
  moderator: 'Moderator',
  host: 'Värd',
}
