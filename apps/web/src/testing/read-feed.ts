/** An RSS 2.0 or Atom feed as a feed reader takes it in: what the feed tests check. */
export interface ReadFeed {
  /** The XML parser's complaint; null for a well-formed document. */
  parseError: string | null
  /** The root element's name (`rss` or `feed`) and namespace. */
  root: string
  namespace: string | null
  /** RSS's version attribute. */
  version: string | null
  /** Atom's feed id. */
  id: string | null
  title: string | null
  /** RSS's description, Atom's subtitle. */
  description: string | null
  /** RSS's language, Atom's xml:lang on the feed. */
  language: string | null
  /** Atom's author's name. */
  author: string | null
  /** Atom's updated, RSS's lastBuildDate. */
  updated: string | null
  /** The page the feed is of (RSS's link, Atom's alternate link). */
  link: string | null
  /** The feed's own address (`rel="self"`), and the type it gives. */
  self: { href: string | null; type: string | null } | null
  items: {
    /** As a reader shows it: Atom's type="html" text decoded as HTML, RSS's title as plain text. */
    title: string | null
    link: string | null
    /** Atom's id, RSS's guid. */
    id: string | null
    /** RSS's guid isPermaLink. */
    isPermaLink: string | null
    /** Atom's updated, RSS's pubDate. */
    date: string | null
    /** Atom's summary, RSS's description, decoded as HTML. */
    summary: string | null
  }[]
}

/**
 * Reads a feed with the XML parser given: jsdom's in unit tests, Chromium's in the end-to-end suite.
 * The suite sends this function into the page (`page.evaluate(readFeed, xml)`), so it uses nothing
 * from outside its own body.
 */
export function readFeed(xml: string, parser: DOMParser = new DOMParser()): ReadFeed {
  const atomNamespace = 'http://www.w3.org/2005/Atom'
  const document = parser.parseFromString(xml, 'application/xml')
  const error = document.querySelector('parsererror')
  const root = document.documentElement
  const isAtom = root.namespaceURI === atomNamespace
  // RSS's own elements have no namespace; its atom:link has Atom's, like every element of an Atom feed.
  const own = isAtom ? atomNamespace : null
  const children = (parent: Element | null | undefined, name: string, namespace: string | null = own) =>
    [...(parent?.children ?? [])].filter(
      (child) => child.localName === name && child.namespaceURI === namespace,
    )
  const text = (parent: Element | null | undefined, name: string) =>
    children(parent, name)[0]?.textContent ?? null
  const html = (value: string | null) =>
    value === null ? null : parser.parseFromString(value, 'text/html').body.textContent
  // Atom's text constructs say how to read them; RSS's title is text, its description HTML.
  const atomText = (parent: Element, name: string) => {
    const element = children(parent, name)[0]
    if (!element) return null
    return element.getAttribute('type') === 'html' ? html(element.textContent) : element.textContent
  }
  const linkWith = (parent: Element | null | undefined, rel: string, namespace = own) =>
    children(parent, 'link', namespace).find((link) => (link.getAttribute('rel') ?? 'alternate') === rel)
  const selfOf = (link: Element | undefined) =>
    link ? { href: link.getAttribute('href'), type: link.getAttribute('type') } : null
  const common = {
    parseError: error ? error.textContent : null,
    root: root.localName,
    namespace: root.namespaceURI,
  }

  if (isAtom) {
    return {
      ...common,
      version: null,
      id: text(root, 'id'),
      title: atomText(root, 'title'),
      description: atomText(root, 'subtitle'),
      language: root.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang'),
      author: text(children(root, 'author')[0], 'name'),
      updated: text(root, 'updated'),
      link: linkWith(root, 'alternate')?.getAttribute('href') ?? null,
      self: selfOf(linkWith(root, 'self')),
      items: children(root, 'entry').map((entry) => ({
        title: atomText(entry, 'title'),
        link: linkWith(entry, 'alternate')?.getAttribute('href') ?? null,
        id: text(entry, 'id'),
        isPermaLink: null,
        date: text(entry, 'updated'),
        summary: atomText(entry, 'summary'),
      })),
    }
  }
  const channel = children(root, 'channel')[0]
  return {
    ...common,
    version: root.getAttribute('version'),
    id: null,
    title: text(channel, 'title'),
    description: text(channel, 'description'),
    language: text(channel, 'language'),
    author: null,
    updated: text(channel, 'lastBuildDate'),
    link: text(channel, 'link'),
    self: selfOf(linkWith(channel, 'self', atomNamespace)),
    items: children(channel, 'item').map((item) => ({
      title: text(item, 'title'),
      link: text(item, 'link'),
      id: text(item, 'guid'),
      isPermaLink: children(item, 'guid')[0]?.getAttribute('isPermaLink') ?? null,
      date: text(item, 'pubDate'),
      summary: html(text(item, 'description')),
    })),
  }
}
