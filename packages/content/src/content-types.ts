// Which document types have pages, and how each is addressed, named and refreshed: the one place the
// site's paths and links, the cache tags and the webhook's mapping, the routes' reserved slugs, the
// Studio's Presentation locations and structure, and the README's webhook filter test read. A new type
// with a page is an entry here (plus its schema, query and route files). Plain data without
// dependencies, so the Studio imports it (@bergslaget/content/content-types) without the content sources.

/** A Swedish name in the singular and the plural. */
export interface Names {
  readonly one: string
  readonly many: string
}

/** Where a type's pages live. */
export type PagePlace =
  /**
   * In a section of the site, `/<section>/<slug>`; the section's own page lists them. The section `''`
   * is the site's root (`/<slug>`), where no list page can be: the pages editors own.
   */
  | { readonly section: string }
  /** Under the page of the document its `field` references, `<that page>/<slug>` (a talk under its event). */
  | { readonly under: { readonly type: 'event'; readonly field: string } }

export interface PageTypeDefinition {
  /** What visitors read on the site and what editors read in the Studio (structure, Presentation). */
  readonly names: { readonly visitor: Names; readonly editor: Names }
  readonly place: PagePlace
  /** The field that titles a document of the type, shown as its page's name in Presentation. */
  readonly titleField: 'name' | 'title'
  /** The home page lists the newest of the type, so a change to one refreshes the home page. */
  readonly onHomePage: boolean
  /**
   * Slugs the type may not have: segments the site's own paths use beside its pages (an article called
   * `sida` would be hidden by the news archive's `/nyheter/sida/2`). apps/web's routes test fails when a
   * route folder appears beside a type's pages and is not listed here.
   */
  readonly reservedSlugs: readonly string[]
  /**
   * The reference fields through which another type's page lists a document of this type, each with
   * that type: a talk's `speakers[].speaker` puts it on its speakers' pages. The webhook's projection
   * follows them, so a change to the talk refreshes those pages. A path may go on through a reference
   * (`speakers[].speaker->affiliations[].organisation`: the talk is on its speakers' organisations' pages).
   */
  readonly listedOn: Readonly<Record<string, string>>
  /**
   * Reference fields whose targets' pages do not list the document, left out on purpose (its own page
   * shows the target; that direction needs no field names). With listedOn, every reference field of
   * the schema is sorted: cache-tags-schema.test.ts fails on a new one until it is added to one of them.
   */
  readonly notListedOn: readonly string[]
}

/**
 * The path segment of a list's later pages (`/talare/sida/2`, `/nyheter/sida/2`): reserved in the slugs
 * of every type whose list has pages, since it sits beside that type's own pages.
 */
export const listPageSegment = 'sida'

/** The document types with a page of their own, in the Studio's order. */
export const pageTypes = {
  event: {
    names: {
      visitor: { one: 'Evenemang', many: 'Evenemang' },
      editor: { one: 'Evenemang', many: 'Evenemang' },
    },
    place: { section: '/evenemang' },
    titleField: 'title',
    onHomePage: true,
    reservedSlugs: [listPageSegment],
    listedOn: { 'hosts[]': 'organisation', 'partners[]': 'organisation' },
    notListedOn: ['description[].markDefs[].reference', 'coverImage.asset', 'liveStream.still.asset'],
  },
  talk: {
    names: { visitor: { one: 'Föredrag', many: 'Föredrag' }, editor: { one: 'Föredrag', many: 'Föredrag' } },
    place: { under: { type: 'event', field: 'event' } },
    titleField: 'title',
    onHomePage: false,
    reservedSlugs: [],
    listedOn: {
      event: 'event',
      'speakers[].speaker': 'speaker',
      'speakers[].speaker->affiliations[].organisation': 'organisation',
      'concerns[]': 'organisation',
    },
    notListedOn: ['summary[].markDefs[].reference', 'slides.asset', 'recording.still.asset'],
  },
  speaker: {
    names: { visitor: { one: 'Talare', many: 'Talare' }, editor: { one: 'Talare', many: 'Talare' } },
    place: { section: '/talare' },
    titleField: 'name',
    onHomePage: false,
    reservedSlugs: [listPageSegment],
    listedOn: { 'affiliations[].organisation': 'organisation' },
    notListedOn: ['bio[].markDefs[].reference', 'portrait.asset'],
  },
  organisation: {
    names: {
      visitor: { one: 'Organisation', many: 'Organisationer' },
      editor: { one: 'Organisation', many: 'Organisationer' },
    },
    place: { section: '/organisationer' },
    titleField: 'name',
    onHomePage: false,
    reservedSlugs: [listPageSegment],
    listedOn: {},
    notListedOn: ['logo.asset'],
  },
  article: {
    // Visitors read news and seminar reports as "Nyheter"; editors see both kinds named, since the
    // Studio offers a template for each.
    names: {
      visitor: { one: 'Artikel', many: 'Nyheter' },
      editor: { one: 'Nyhet eller rapport', many: 'Nyheter och rapporter' },
    },
    place: { section: '/nyheter' },
    titleField: 'title',
    onHomePage: true,
    reservedSlugs: [listPageSegment, 'typ'],
    // An organisation's page lists the articles whose text links to it; other linked pages do not.
    listedOn: { event: 'event', 'body[].markDefs[].reference': 'organisation' },
    notListedOn: ['body[].markDefs[].reference', 'coverImage.asset'],
  },
  infoPage: {
    // The pages the association must keep current (the accessibility statement, privacy, statutes), at
    // short addresses of their own; the footer links those the association document names.
    names: { visitor: { one: 'Sida', many: 'Sidor' }, editor: { one: 'Sida', many: 'Sidor' } },
    place: { section: '' },
    titleField: 'title',
    onHomePage: false,
    // Beside the site's own sections at the root. A name with a dot (`sitemap.xml`) fails the slug
    // pattern anyway; apps/web's routes test fails when a new top-level folder is missing here.
    reservedSlugs: [
      'api',
      'delningsbild',
      'evenemang',
      'nyheter',
      'om-foreningen',
      'organisationer',
      'sok',
      'talare',
    ],
    listedOn: {},
    notListedOn: ['body[].markDefs[].reference'],
  },
} as const satisfies Record<string, PageTypeDefinition>

export type RoutableType = keyof typeof pageTypes

/** The document types that have a page of their own. */
export const routableTypes = Object.keys(pageTypes) as RoutableType[]

export function isRoutableType(type: string): type is RoutableType {
  return Object.hasOwn(pageTypes, type)
}

/** The types whose pages live in a section of their own (and have a list page there). */
export type SectionType = {
  [Type in RoutableType]: (typeof pageTypes)[Type]['place'] extends { section: string } ? Type : never
}[RoutableType]

/** The section types, as a tuple for `z.enum`. */
export const sectionTypes = routableTypes.filter((type) => 'section' in pageTypes[type].place) as [
  SectionType,
  ...SectionType[],
]

export function isSectionType(type: string): type is SectionType {
  return (sectionTypes as string[]).includes(type)
}

/** The section types with a list page: all but those at the site's root. */
export type ListType = {
  [Type in SectionType]: (typeof pageTypes)[Type]['place']['section'] extends '' ? never : Type
}[SectionType]

export const listTypes = sectionTypes.filter(
  (type): type is ListType => pageTypes[type].place.section !== '',
) as [ListType, ...ListType[]]

/** The types whose pages live under another type's page. */
export type NestedType = Exclude<RoutableType, SectionType>

/**
 * One function per type from the slugs that address one of its pages (a section type's own slug; a
 * nested type's parent's slug, then its own), as its paths and cache tags are built.
 */
export type PerPage = { [Type in SectionType]: (slug: string) => string } & {
  [Type in NestedType]: (parentSlug: string, slug: string) => string
}

export function perPage(build: (type: RoutableType, slugs: string[]) => string): PerPage {
  // Built by a loop over the types, which TypeScript cannot follow into the mapped type: the cast restates it.
  return Object.fromEntries(
    routableTypes.map((type) => [type, (...slugs: string[]) => build(type, slugs)]),
  ) as unknown as PerPage
}

/**
 * Pages about one document that is not addressed by a slug: the association (a singleton) and its
 * page. The association's description, members and chair are what the page shows.
 */
export const singletonPages = {
  association: {
    names: {
      visitor: { one: 'Om föreningen', many: 'Om föreningen' },
      editor: { one: 'Föreningen', many: 'Föreningen' },
    },
    path: '/om-foreningen',
    // The association's page shows its chair and members; their pages do not show the association.
    // Every page's footer shows the footer links (cache-tags.ts: the site settings' tags).
    notListedOn: ['chair', 'members[]', 'footerLinks[]', 'description[].markDefs[].reference'],
  },
} as const

/** Every document type that has a page: the routable ones and the singletons. */
export const typesWithPages = [
  ...routableTypes,
  ...(Object.keys(singletonPages) as (keyof typeof singletonPages)[]),
]
