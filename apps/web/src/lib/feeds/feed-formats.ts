import type { Feed } from 'feed'

/**
 * The archive's feeds: each list of the archive has one in each format beside it, at a file name of
 * its own (`/nyheter/rss.xml`, `/nyheter/typ/seminarierapport/atom.xml`), which is the name of the route
 * folders under app/nyheter. A file name cannot be taken by an article, whose slug has no dot.
 * The keys are the feed library's names for the formats (its `feedLinks`).
 */
export const feedFormats = {
  rss: {
    file: 'rss.xml',
    type: 'application/rss+xml',
    label: 'RSS',
    // RSS 2.0 has item titles as plain text (the RSS Advisory Board's profile), descriptions as HTML.
    htmlTitles: false,
    render: (feed: Feed) => feed.rss2(),
  },
  atom: {
    file: 'atom.xml',
    type: 'application/atom+xml',
    label: 'Atom',
    // The feed library marks Atom titles and summaries type="html".
    htmlTitles: true,
    // The library writes RSS's <language> but nothing for Atom, whose language is xml:lang (RFC 4287).
    render: (feed: Feed) =>
      feed
        .atom1()
        .replace(
          '<feed xmlns="http://www.w3.org/2005/Atom">',
          '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">',
        ),
  },
} as const

export type FeedFormat = keyof typeof feedFormats

export const feedFormatNames = Object.keys(feedFormats) as FeedFormat[]
