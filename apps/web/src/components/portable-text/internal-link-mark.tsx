import Link from 'next/link'
import type { PortableTextMarkComponentProps } from '@portabletext/react'
import { hrefFor, type LinkTarget } from '@/lib/routes'

export interface InternalLinkMarkValue {
  _type: 'internalLink'
  _key?: string
  target?: LinkTarget | null
}

/** A link to a document on the site; a deleted or unpublished target leaves the text unlinked. */
export function InternalLinkMark({ value, children }: PortableTextMarkComponentProps<InternalLinkMarkValue>) {
  const href = hrefFor(value?.target)
  return href ? <Link href={href}>{children}</Link> : <>{children}</>
}
