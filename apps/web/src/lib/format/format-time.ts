import { parseInstant, stockholmFormat } from './stockholm'

const time = stockholmFormat({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })

/** "13.00": Swedish writes the time with a full stop (Språkrådet); ICU's sv-SE uses a colon. */
export function formatTime(iso: string): string {
  const parts = time.formatToParts(parseInstant(iso))
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('hour')}.${part('minute')}`
}
