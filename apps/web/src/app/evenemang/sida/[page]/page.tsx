import { laterPageRoute } from '@/lib/pagination/later-page-route'

import { eventList } from '../../event-list'

const route = laterPageRoute(eventList)

// Pages 2 and on of the past events; page 1 is /evenemang. A page added by events published since the
// build, or by events that have ended since, renders on request.
export const dynamicParams = true

// As on page 1: an event that ends moves from the upcoming list to the past ones, page by page.
export const revalidate = 3600

export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata
export default route.Page
