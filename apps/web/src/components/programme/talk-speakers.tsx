import type { ProgrammeTalk } from '@bergslaget/content'
import { talkSpeakerRoles } from '@bergslaget/content/vocabularies'

import { SpeakerCredit } from '@/components/people/speaker-credit'

import './programme.css'

interface TalkSpeakersProps {
  speakers: ProgrammeTalk['speakers']
  className: string
}

/** A talk's speakers in programme order, each with the role they had in it and their organisation. */
export function TalkSpeakers({ speakers, className }: TalkSpeakersProps) {
  if (speakers.length === 0) return null
  return (
    <ul className={className}>
      {speakers.map(({ _key, role, speaker }) => (
        <li key={_key}>
          <span className="programme-role">{talkSpeakerRoles.visitor[role]}:</span>{' '}
          <SpeakerCredit speaker={speaker} />
        </li>
      ))}
    </ul>
  )
}
