const calendarType = 'text/calendar; charset=utf-8'

/** A calendar as served: `download` names the file a visitor saves, for a single event's file. */
export function calendarResponse(calendar: string, download?: string): Response {
  const headers = new Headers({ 'content-type': calendarType })
  if (download) headers.set('content-disposition', `attachment; filename="${download}"`)
  return new Response(calendar, { headers })
}

/** No calendar here: the address names no event, or one without a fixed date. */
export function noCalendarResponse(): Response {
  return new Response('Det finns ingen kalenderfil för det här evenemanget.', {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  })
}
