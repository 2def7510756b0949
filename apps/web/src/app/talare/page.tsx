import { speakerList } from './speaker-list'

export const metadata = speakerList.metadata(1)

export default async function SpeakersRoute() {
  return speakerList.render(1)
}
