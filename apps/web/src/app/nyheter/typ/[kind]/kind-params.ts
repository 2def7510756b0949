import { articleKindSegments } from '@/lib/routes'

/** Every kind's segment: each kind has its list and its feeds, even with nothing published yet. */
export function kindParams() {
  return Object.values(articleKindSegments).map((kind) => ({ kind }))
}
