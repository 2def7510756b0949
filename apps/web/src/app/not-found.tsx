import type { Metadata } from 'next'

import { WayOnLinks } from '@/components/way-on/way-on-links'

export const metadata: Metadata = {
  title: 'Sidan finns inte',
}

export default function NotFound() {
  return (
    <div className="page">
      <h1>Sidan finns inte</h1>
      <p>Sidan du söker kan ha flyttats eller tagits bort. Kontrollera adressen, eller gå vidare härifrån:</p>
      <WayOnLinks />
    </div>
  )
}
