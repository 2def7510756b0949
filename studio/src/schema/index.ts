import { article } from './documents/article'
import { association } from './documents/association'
import { event } from './documents/event'
import { infoPage } from './documents/info-page'
import { organisation } from './documents/organisation'
import { speaker } from './documents/speaker'
import { talk } from './documents/talk'
import { address } from './objects/address'
import { affiliation } from './objects/affiliation'
import { focusArea } from './objects/focus-area'
import { link } from './objects/link'
import { richText } from './objects/rich-text'
import { talkSpeaker } from './objects/talk-speaker'
import { venue } from './objects/venue'
import { video } from './objects/video'

export const schemaTypes = [
  association,
  organisation,
  speaker,
  event,
  talk,
  article,
  infoPage,
  address,
  affiliation,
  focusArea,
  link,
  richText,
  talkSpeaker,
  venue,
  video,
]
