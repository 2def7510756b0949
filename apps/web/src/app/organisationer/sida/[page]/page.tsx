import { laterPageRoute } from '@/lib/pagination/later-page-route'

import { organisationList } from '../../organisation-list'

const route = laterPageRoute(organisationList)

// Pages 2 and on; page 1 is /organisationer. A page added by organisations published since the build
// renders on request (its list tag clears its 404).
export const dynamicParams = true

export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata
export default route.Page
