/** Open Graph's recommended size, which the large cards of Facebook, LinkedIn and X use. */
export const shareImageSize = { width: 1200, height: 630 }

/** Where the generated share image of the page at `path` is served (the start page's at the root). */
export function shareImagePath(path: string): string {
  return path === '/' ? '/delningsbild' : `/delningsbild${path}`
}

/** The page path a share image's path segments name. */
export function pagePathOf(segments: string[] | undefined): string {
  return `/${(segments ?? []).join('/')}`
}
