import type { PortableTextComponents } from '@portabletext/react'

import { InternalLinkMark } from './internal-link-mark'
import { LinkMark } from './link-mark'

// Pages own the h1, so editors' headings start at h2 (the schema offers h2 and h3 only).
export const richTextComponents: PortableTextComponents = {
  block: {
    normal: ({ children }) => <p>{children}</p>,
    h2: ({ children }) => <h2>{children}</h2>,
    h3: ({ children }) => <h3>{children}</h3>,
    blockquote: ({ children }) => <blockquote>{children}</blockquote>,
  },
  list: {
    bullet: ({ children }) => <ul>{children}</ul>,
    number: ({ children }) => <ol>{children}</ol>,
  },
  marks: {
    link: LinkMark,
    internalLink: InternalLinkMark,
  },
}
