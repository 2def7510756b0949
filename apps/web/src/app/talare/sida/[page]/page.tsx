import { laterPageRoute } from '@/lib/pagination/later-page-route'

import { speakerList } from '../../speaker-list'

const route = laterPageRoute(speakerList)

// Pages 2 and on; page 1 is /talare. A page added by speakers published since the build renders on
// request (its list tag clears its 404).
export const dynamicParams = true

export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata
export default route.Page
