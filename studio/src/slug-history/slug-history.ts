/** What the publish action needs to know of a document version: its slug and the slugs it had. */
export interface SlugHistoryVersion {
  slug?: { current?: string } | null
  previousSlugs?: string[] | null
}

/**
 * The `previousSlugs` a draft should be published with, or null when publishing it changes no address.
 * A rename adds the published slug; renaming back to an old slug takes it off the list again (the
 * document answers there itself). A first publish has no address to remember.
 */
export function previousSlugsOnPublish(
  published: SlugHistoryVersion | null,
  draft: SlugHistoryVersion | null,
): string[] | null {
  const before = published?.slug?.current
  const after = draft?.slug?.current
  if (!before || !after || before === after) return null
  const kept = (draft?.previousSlugs ?? []).filter((slug) => slug !== after && slug !== before)
  return [...kept, before]
}
