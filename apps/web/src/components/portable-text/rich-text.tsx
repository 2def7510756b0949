import { PortableText, type PortableTextProps } from '@portabletext/react'

import { richTextComponents } from './rich-text-components'

export interface RichTextProps {
  value: PortableTextProps['value']
}

/** Editors' rich text (the `richText` type), with links checked before they are rendered. */
export function RichText({ value }: RichTextProps) {
  return <PortableText value={value} components={richTextComponents} />
}
