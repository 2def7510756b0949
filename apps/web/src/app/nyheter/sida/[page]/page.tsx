import { laterPageRoute } from '@/lib/pagination/later-page-route'

import { newsArchiveList } from '../../news-archive-route'

const route = laterPageRoute(newsArchiveList(null))

// Pages 2 and on; page 1 is /nyheter. A page added by articles published since the build renders on
// request (its list tag clears its 404).
export const dynamicParams = true

export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata
export default route.Page
