import type { Graph, Thing } from 'schema-dts'

/**
 * JSON for an inline script: `<`, `>` and `&` become escapes, so no value (a title with "</script>")
 * can end the element or open a comment in it; U+2028 and U+2029 too, which old parsers took for line
 * ends. JSON.parse reads the escapes back as the same characters.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

/** A page's structured data: one block, its things in a graph. */
export function JsonLd({ things }: { things: Thing[] }) {
  const graph: Graph = { '@context': 'https://schema.org', '@graph': things }
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(graph) }} />
}
