interface Block {
  _type?: string
  children?: { text?: unknown }[]
}

/** The visible characters of Portable Text (text blocks only), for length checks such as a bio's. */
export function plainTextLength(blocks: unknown): number {
  if (!Array.isArray(blocks)) return 0
  return (blocks as Block[])
    .filter((block) => block?._type === 'block')
    .map((block) =>
      (block.children ?? [])
        .map((span) => (typeof span.text === 'string' ? span.text : ''))
        .join('')
        .trim(),
    )
    .reduce((sum, text) => sum + text.length, 0)
}
