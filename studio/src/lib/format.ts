const TIME_ZONE = 'Europe/Stockholm'

const dateFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  day: 'numeric',
  month: 'short',
  year: 'numeric',
})
const monthFormat = new Intl.DateTimeFormat('sv-SE', { timeZone: 'UTC', month: 'long' })

/** "2022-03-12T09:00:00Z" → "12 mars 2022" (Swedish time). */
export function formatDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? undefined : dateFormat.format(date)
}

/** 3 → "mars". */
export function monthName(month: number): string {
  return monthFormat.format(Date.UTC(2000, month - 1, 1))
}

/** Joins the parts that are present: ["Kommun", undefined, "Falun"] → "Kommun · Falun". */
export function joinParts(...parts: Array<string | number | false | null | undefined>): string {
  return parts
    .filter((part) => part !== undefined && part !== null && part !== false && part !== '')
    .join(' · ')
}
