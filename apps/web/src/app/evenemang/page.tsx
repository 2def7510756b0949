import { eventList } from './event-list'

export const metadata = eventList.metadata(1)

// Which events are upcoming depends on the day; the list is rebuilt at most hourly.
export const revalidate = 3600

export default async function EventsRoute() {
  return eventList.render(1)
}
