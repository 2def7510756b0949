import type { ReactNode } from 'react'

import { PageLink } from '@/components/page-link/page-link'
import { safeHref } from '@/lib/safe-href'

interface SafeLinkProps {
  /** A URL from content: rendered only when its scheme is on the allow-list. */
  href: unknown
  className?: string
  children: ReactNode
}

/** A link from content; an href outside the allow-list leaves the text unlinked. */
export function SafeLink({ href, className, children }: SafeLinkProps) {
  const safe = safeHref(href)
  if (!safe) return <>{children}</>
  if (!safe.external && safe.href.startsWith('/'))
    return (
      <PageLink href={safe.href} className={className}>
        {children}
      </PageLink>
    )
  return (
    <a href={safe.href} className={className} rel={safe.external ? 'noopener noreferrer' : undefined}>
      {children}
    </a>
  )
}
