import type { Metadata } from 'next'
import Link from 'next/link'
import { routes } from '@/lib/routes'

export const metadata: Metadata = {
  title: 'Sidan finns inte',
}

export default function NotFound() {
  return (
    <div className="page">
      <h1>Sidan finns inte</h1>
      <p>Sidan du söker kan ha flyttats eller tagits bort. Kontrollera adressen, eller gå vidare härifrån:</p>
      <ul>
        <li>
          <Link href={routes.home}>Startsidan</Link>
        </li>
        <li>
          <Link href={routes.news}>Nyheter</Link>
        </li>
        <li>
          <Link href={routes.events}>Evenemang</Link>
        </li>
      </ul>
    </div>
  )
}
