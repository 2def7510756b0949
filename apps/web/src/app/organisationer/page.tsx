import { organisationList } from './organisation-list'

export const metadata = organisationList.metadata(1)

export default async function OrganisationsRoute() {
  return organisationList.render(1)
}
