import Link from 'next/link'
import type { PortableTextMarkComponentProps } from '@portabletext/react'
import { safeHref } from '@/lib/safe-href'

export interface LinkMarkValue {
  _type: 'link'
  _key?: string
  href?: string | null
}

/** An editor's link; an href outside the allow-list leaves the text unlinked. */
export function LinkMark({ value, children }: PortableTextMarkComponentProps<LinkMarkValue>) {
  const safe = safeHref(value?.href)
  if (!safe) return <>{children}</>
  if (!safe.external && safe.href.startsWith('/')) return <Link href={safe.href}>{children}</Link>
  return (
    <a href={safe.href} rel={safe.external ? 'noopener noreferrer' : undefined}>
      {children}
    </a>
  )
}
