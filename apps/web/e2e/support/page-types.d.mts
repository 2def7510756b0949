export interface PrerenderedRoute {
  path: string
  /** the app route that produced it, e.g. /evenemang/[slug] */
  pattern: string
  htmlSize: number
}

export interface BuildRoutes {
  /** every page route of the app, sorted */
  patterns: string[]
  prerendered: PrerenderedRoute[]
}

export interface PageType {
  pattern: string
  path: string | null
  status: 200 | 404
}

export declare const isDynamic: (pattern: string) => boolean
export declare function readBuildRoutes(webRoot: string): BuildRoutes
export declare function pageTypes(routes: BuildRoutes): PageType[]
export declare const notFoundPageType: PageType & { path: string }
export declare function matchRoute(pathname: string, patterns: readonly string[]): string | null
export declare function pageTypeSlug(pattern: string): string
