import type { PortableTextMarkComponentProps } from '@portabletext/react'

import { PageLink } from '@/components/page-link/page-link'
import { hrefFor, type PageTarget } from '@/lib/routes'

export interface InternalLinkMarkValue {
  _type: 'internalLink'
  _key?: string
  /** Null when the target was deleted or has no page (the content layer checked it as lists do). */
  target?: PageTarget | null
}

/** A link to a document on the site; a target without a page leaves the text unlinked. */
export function InternalLinkMark({ value, children }: PortableTextMarkComponentProps<InternalLinkMarkValue>) {
  const href = hrefFor(value?.target)
  return href ? <PageLink href={href}>{children}</PageLink> : <>{children}</>
}
