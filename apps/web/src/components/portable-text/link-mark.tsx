import type { PortableTextMarkComponentProps } from '@portabletext/react'

import { SafeLink } from '@/components/safe-link/safe-link'

export interface LinkMarkValue {
  _type: 'link'
  _key?: string
  href?: string | null
}

/** An editor's link; an href outside the allow-list leaves the text unlinked. */
export function LinkMark({ value, children }: PortableTextMarkComponentProps<LinkMarkValue>) {
  return <SafeLink href={value?.href}>{children}</SafeLink>
}
