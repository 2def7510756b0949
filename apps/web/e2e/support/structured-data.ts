/** A schema.org node as the site writes it: a type and whatever properties. */
export interface LdThing {
  '@type': string
  [property: string]: unknown
}

/**
 * The JSON-LD blocks of a served page, each read with JSON.parse. The site escapes `<` inside them,
 * so the first `</script>` after a block's start is its end.
 */
export function structuredDataOf(html: string): { '@graph': LdThing[] }[] {
  const blocks = html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)
  return [...blocks].map(([, json]) => JSON.parse(json ?? '') as { '@graph': LdThing[] })
}
