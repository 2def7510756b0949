import { newsArchiveMetadata, renderNewsArchive } from './news-archive-route'

export const metadata = newsArchiveMetadata(null, 1)

export default async function NewsRoute() {
  return renderNewsArchive(null, 1)
}
