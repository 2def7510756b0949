import { SpeakerCredit } from '@/components/people/speaker-credit'
import { content } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata/page-metadata'
import { routes } from '@/lib/routes'

export const metadata = pageMetadata({
  title: 'Talare',
  description: 'Alla som har talat och medverkat vid Intresseföreningen Bergslagens seminarier, A–Ö.',
  path: routes.list.speaker,
})

export default async function SpeakersRoute() {
  // A–Ö in Swedish order, from the content layer.
  const speakers = await content.getSpeakersPage()
  return (
    <div className="page">
      <h1>Talare</h1>
      <p className="lead">
        De som har talat, modererat och lett våra seminarier och möten, med roll och organisation.
      </p>
      {speakers.length === 0 ? (
        <p>Inga talare är publicerade ännu.</p>
      ) : (
        <ul className="person-list">
          {speakers.map((speaker) => (
            <li key={speaker._id}>
              <SpeakerCredit speaker={speaker} />
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
