import type { SanityDocument } from '@bergslaget/content/dataset'
import { writeDatasetVariant } from '@bergslaget/content/testing/rebuilt-site'

// The bundled dataset with a value in every field of the content that holds an address, and each
// address in it replaced by one a test chooses: a hostile form, or a marker that shows where it is
// linked. The bundled documents hold websites, link lists and links in an article's body; the fields
// they leave empty are filled below. Addresses are then found by their value, wherever they are, so
// only a new kind of address field that the bundled dataset leaves empty needs a line here.

const filler = 'https://fylld.example/'
const slidesFile = 'file-presentation-pdf'
const talkWithSlides = 'talk-hogskolan-dalarna-samverkan-och-kompetensforsorjning'
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

const isBlock = (item: unknown) =>
  typeof item === 'object' && item !== null && (item as { _type?: unknown })._type === 'block'

/** A paragraph whose words link to an outside address, as an editor's link annotation. */
const linkParagraph = (key: string) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs: [{ _type: 'link', _key: `${key}-m`, href: filler }],
  children: [{ _type: 'span', _key: `${key}-s`, text: 'Länk i löptexten', marks: [`${key}-m`] }],
})

/** A link in each rich-text field (an array of blocks), and a presentation file for one talk. */
function fill(doc: SanityDocument): SanityDocument {
  const filled = Object.fromEntries(
    Object.entries(doc).map(([field, value]) => [
      field,
      Array.isArray(value) && value.some(isBlock) ? [...value, linkParagraph(`adress-${field}`)] : value,
    ]),
  ) as SanityDocument
  if (doc._id !== talkWithSlides) return filled
  return { ...filled, slides: { _type: 'file', asset: { _type: 'reference', _ref: slidesFile } } }
}

/** What the bundled dataset has none of: a file asset, and an event open for registration. */
const added: SanityDocument[] = [
  {
    _id: slidesFile,
    _type: 'sanity.fileAsset',
    url: `https://cdn.sanity.io/files/projekt/production/${slidesFile}.pdf`,
    originalFilename: 'presentation.pdf',
    extension: 'pdf',
    size: 123_456,
  },
  {
    _id: 'event-anmalan-oppen',
    _type: 'event',
    title: 'Seminarium med öppen anmälan',
    slug: { _type: 'slug', current: 'anmalan-oppen' },
    kind: 'seminar',
    status: 'planned',
    dateMode: 'fixed',
    startsAt: inDays(30),
    endsAt: inDays(30.1),
    registrationUrl: filler,
    description: [linkParagraph('beskrivning')],
  },
]

/** An address of a scheme the site links: what every address field of the bundled dataset holds. */
const isAddress = (value: string) => /^(https?|mailto|tel):/i.test(value)

/** `value` with each address in it replaced by `replace(n)`, n counting the addresses met so far. */
function replaceAddresses(value: unknown, replace: (n: number) => string, met: { count: number }): unknown {
  if (typeof value === 'string') return isAddress(value) ? replace(met.count++) : value
  if (Array.isArray(value)) return value.map((item) => replaceAddresses(item, replace, met))
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, replaceAddresses(item, replace, met)]),
  )
}

/**
 * Writes the dataset with its n-th address replaced by `address(n)` (n from 0) to a scratch file;
 * returns the file's path and how many addresses it holds.
 */
export async function writeAddressDataset(
  address: (n: number) => string,
): Promise<{ path: string; addressCount: number }> {
  const met = { count: 0 }
  const path = await writeDatasetVariant((documents) =>
    [...documents.map(fill), ...added].map((doc) => replaceAddresses(doc, address, met) as SanityDocument),
  )
  return { path, addressCount: met.count }
}
