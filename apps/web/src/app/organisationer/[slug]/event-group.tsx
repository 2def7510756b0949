import type { OrganisationPage } from '@bergslaget/content'

import { EventCardList } from '@/components/event-card/event-card-list'

interface EventGroupProps {
  id: string
  heading: string
  events: OrganisationPage['events']
}

/** The events an organisation hosted, or those it partnered, under their own h3. */
export function EventGroup({ id, heading, events }: EventGroupProps) {
  if (events.length === 0) return null
  return (
    <section aria-labelledby={`${id}-rubrik`}>
      <h3 id={`${id}-rubrik`}>{heading}</h3>
      <EventCardList events={events} headingLevel={4} />
    </section>
  )
}
