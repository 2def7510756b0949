import { contentApiOver, writeDatasetVariant } from '@bergslaget/content/testing/rebuilt-site'
import type { Locator, Page } from 'playwright-core'

import { editorToken, openStudio, type StudioSession } from './support/studio-session'

// One editor's session in the built Studio, step by step as they would work: each test continues
// from where the one before left the Studio and the dataset.
let session: StudioSession
let page: Page
const started = Date.now()

beforeAll(async () => {
  session = await openStudio()
  page = session.page
})

afterAll(async () => {
  await session?.close()
  console.log(`Studio e2e: ${((Date.now() - started) / 1000).toFixed(0)} s`)
})

/** The document form pane furthest to the right: where a document just opened or created shows. */
const lastDocumentPane = () => page.locator('[data-testid="document-pane"]').last()

/** The create button (+) in the header of the list titled `title`; returns the new document's pane. */
async function createInList(title: string): Promise<Locator> {
  await page.getByTestId('pane-header').filter({ hasText: title }).getByTestId('action-intent-button').click()
  return lastDocumentPane()
}

async function generateSlug(pane: Locator) {
  await pane.getByRole('button', { name: 'Generera' }).click()
}

const publishButton = (pane: Locator) => pane.getByTestId('action-publicera')

/**
 * Publishes the document open in `pane` once the Studio has saved the editor's last change (its slug,
 * generated last) and validation lets it, then waits until the lake holds it published.
 */
async function publish(pane: Locator, slug: string) {
  const id = publishedIdOf(page.url())
  const saved = () => (byId(`drafts.${id}`)?.slug as { current?: string } | undefined)?.current === slug
  await until(`the draft of "${id}" is saved`, saved)
  const published = () => Boolean(byId(id)) && !byId(`drafts.${id}`)
  // The slug's uniqueness check runs after each change and disables the button while it runs: a click
  // in that moment does nothing. An editor who still sees the draft, the button enabled, clicks again.
  // A minute: in CI, beside the site's end-to-end suite, one publish had not reached the lake in 20 s.
  await steadilyEnabled(publishButton(pane))
  await publishButton(pane).click()
  let clickedAt = Date.now()
  await until(`"${id}" is published`, published, 60_000, async () => {
    if (Date.now() - clickedAt < 10_000 || published() || !(await publishButton(pane).isEnabled())) return
    await publishButton(pane).click()
    clickedAt = Date.now()
  })
}

/** Waits until `button` has stayed enabled for half a second. */
async function steadilyEnabled(button: Locator) {
  let enabledSince = Number.POSITIVE_INFINITY
  await until(
    'the button stays enabled',
    () => enabledSince + 500 < Date.now(),
    20_000,
    async () => {
      const enabled = await button.isEnabled()
      enabledSince = enabled ? Math.min(enabledSince, Date.now()) : Number.POSITIVE_INFINITY
    },
  )
}

/** Polls `check` (after `observe`, if given) until it holds; the Studio saves and publishes asynchronously. */
async function until(what: string, check: () => boolean, timeoutMs = 20_000, observe?: () => Promise<void>) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    await observe?.()
    if (check()) return
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

const byId = (id: string) => session.api.lake.get(id)

const event = { title: 'Framtidens gruvor i Bergslagen', slug: 'framtidens-gruvor-i-bergslagen' }
let eventId = ''

/** The id of the document open furthest right, from the Studio's address (`…;<id>` or `…;<id>,view=…`). */
function publishedIdOf(url: string): string {
  const last = decodeURIComponent(new URL(url).pathname).split(';').pop() ?? ''
  return last.split(',')[0] ?? ''
}

/** A datetime field takes typed text in the editor's time zone (here Europe/Stockholm) on blur. */
async function typeDate(pane: Locator, label: string, value: string) {
  const input = pane.getByLabel(label, { exact: true })
  await input.fill(value)
  await input.press('Tab')
}

test('signed out, the Studio asks the editor to sign in; with a token it opens the content', async () => {
  await page.goto(session.studioUrl)
  await page.getByText('Choose login provider').waitFor()
  await page.getByRole('link', { name: 'E-post och lösenord' }).waitFor()
  expect(await page.getByRole('link', { name: 'Evenemang' }).count()).toBe(0)

  await page.goto(`${session.studioUrl}/#token=${editorToken}`)
  await page.getByRole('link', { name: 'Evenemang' }).waitFor()
  // The Studio keeps the token and drops it from the address.
  expect(new URL(page.url()).hash).toBe('')
  expect(await page.getByRole('link', { name: 'Talare' }).isVisible()).toBe(true)
})

test('creates an event from the structure', async () => {
  await page.getByRole('link', { name: 'Evenemang' }).click()
  await page.getByRole('link', { name: 'Alla evenemang' }).click()
  const pane = await createInList('Alla evenemang')
  await pane.getByLabel('Rubrik', { exact: true }).fill(event.title)
  await pane.getByLabel('Typ', { exact: true }).selectOption({ label: 'Seminarium' })
  await typeDate(pane, 'Börjar', '2027-03-12 09:00')
  await typeDate(pane, 'Slutar', '2027-03-12 16:00')
  await pane.getByLabel('Ort', { exact: true }).fill('Falun')
  await generateSlug(pane)
  await publish(pane, event.slug)

  eventId = publishedIdOf(page.url())
  expect(byId(eventId)).toMatchObject({
    _type: 'event',
    title: event.title,
    slug: { current: event.slug },
    kind: 'seminar',
    dateMode: 'fixed',
    status: 'planned',
    startsAt: '2027-03-12T08:00:00.000Z',
    endsAt: '2027-03-12T15:00:00.000Z',
  })
  expect(byId(`drafts.${eventId}`)).toBeUndefined()
})

const talks = [
  { title: 'Välkommen till gruvdagen', slug: 'valkommen-till-gruvdagen' },
  { title: 'Gruvnäringens kompetensbehov', slug: 'gruvnaringens-kompetensbehov' },
]
const talkIds: string[] = []

/** The event's Program tab (the Studio's own view, studio/src/programme). */
async function openProgramme() {
  await page.goto(`${session.studioUrl}/structure/evenemang;alla;${eventId}%2Cview%3Dprogram`)
  return page.getByTestId('document-pane').first()
}

/** The programme's talk titles, in the order shown. */
async function programmeTitles(pane: Locator): Promise<string[]> {
  const rows = await pane.getByText(/^\d+\. /).allTextContents()
  return rows.map((row) => row.replace(/^\d+\. /, ''))
}

test('adds two talks to the programme with "Nytt föredrag"', async () => {
  for (const [index, talk] of talks.entries()) {
    const programme = await openProgramme()
    await programme.getByRole('link', { name: 'Nytt föredrag' }).click()
    const pane = lastDocumentPane()
    await pane.getByLabel('Rubrik', { exact: true }).fill(talk.title)
    await generateSlug(pane)
    // The template filled in the event and the next place in its programme.
    await until('the template filled the event in', () => {
      const draft = session.api.lake
        .documents()
        .find((doc) => doc._type === 'talk' && doc.title === talk.title)
      return (draft?.event as { _ref?: string } | undefined)?._ref === eventId
    })
    await publish(pane, talk.slug)
    const id = publishedIdOf(page.url())
    talkIds.push(id)
    expect(byId(id)).toMatchObject({ title: talk.title, order: index + 1, event: { _ref: eventId } })
  }
  const programme = await openProgramme()
  await programme.getByText(`2. ${talks[1]?.title}`).waitFor()
  expect(await programmeTitles(programme)).toEqual(talks.map(({ title }) => title))
})

test('reorders the programme with the keyboard, then by drag, and the order is stored at once', async () => {
  const [first, second] = talks.map(({ title }) => title) as [string, string]
  const orders = () => talkIds.map((id) => byId(id)?.order)

  const programme = await openProgramme()
  const moveDown = programme.getByRole('button', { name: `Flytta ned ${first}` })
  await moveDown.focus()
  await page.keyboard.press('Enter')
  await programme.getByRole('status').filter({ hasText: 'Ordningen är sparad.' }).waitFor()
  await until('the keyboard move is stored', () => orders().join() === '2,1')
  expect(await programmeTitles(programme)).toEqual([second, first])

  const row = (title: string) => programme.locator('[draggable="true"]').filter({ hasText: title })
  await row(first).dragTo(row(second))
  await until('the drag is stored', () => orders().join() === '1,2')
  await programme.getByText(`1. ${first}`).waitFor()
  expect(await programmeTitles(programme)).toEqual([first, second])
})

const speaker = { name: 'Anna Gruvberg', slug: 'anna-gruvberg' }
let speakerId = ''

test('adds a new speaker', async () => {
  await page.goto(`${session.studioUrl}/structure/talare`)
  const pane = await createInList('Talare')
  await pane.getByLabel('Namn', { exact: true }).fill(speaker.name)
  await generateSlug(pane)
  await publish(pane, speaker.slug)
  speakerId = publishedIdOf(page.url())
  expect(byId(speakerId)).toMatchObject({ _type: 'speaker', name: speaker.name })
})

const report = {
  title: 'Rapport: Framtidens gruvor i Bergslagen',
  slug: 'rapport-framtidens-gruvor-i-bergslagen',
}

test('writes the seminar report from its template; a Swedish validation error blocks publishing until fixed', async () => {
  const programme = await openProgramme()
  await programme.getByRole('link', { name: 'Ny seminarierapport' }).click()
  const pane = lastDocumentPane()
  await pane.getByLabel('Rubrik', { exact: true }).fill(report.title)
  await generateSlug(pane)
  await pane
    .getByLabel('Ingress', { exact: true })
    .fill('Gruvnäringen behöver fler ingenjörer och en snabbare tillståndsprövning.')
  const id = publishedIdOf(page.url())
  await until('the template filled in kind and event', () => {
    const draft = byId(`drafts.${id}`)
    return draft?.kind === 'seminarReport' && (draft.event as { _ref?: string } | undefined)?._ref === eventId
  })

  // No publication date yet: the field's validation mark says why, in Swedish, and publishing waits.
  const publishedAt = pane.getByTestId('field-publishedAt')
  await publishedAt.locator('[data-sanity-icon="error-outline"]').first().hover()
  await page.getByText('Ange publiceringsdatum (eller bara år för en arkivartikel).').first().waitFor()
  expect(await publishButton(pane).isDisabled()).toBe(true)

  await typeDate(pane, 'Publicerad', '2027-03-13 10:00')
  await publish(pane, report.slug)
  expect(byId(id)).toMatchObject({
    kind: 'seminarReport',
    title: report.title,
    publishedAt: '2027-03-13T09:00:00.000Z',
  })
})

test("what the editor published reads through the site's content layer as the pages will show it", async () => {
  // The lake started from the bundled dataset; the site reads what it holds now.
  const content = contentApiOver(await writeDatasetVariant(() => session.api.lake.documents()))

  const page = await content.getEventPage(event.slug)
  expect(page).toMatchObject({ title: event.title, kind: 'seminar', status: 'planned', isUpcoming: true })
  expect(page?.programme.map(({ order, slug }) => [order, slug])).toEqual(
    talks.map(({ slug }, index) => [index + 1, slug]),
  )
  expect(page?.reports.map(({ slug }) => slug)).toEqual([report.slug])
  expect(await content.getArticlePage(report.slug)).toMatchObject({
    title: report.title,
    kind: 'seminarReport',
  })
  expect(await content.getSpeakerPage(speaker.slug)).toMatchObject({ name: speaker.name })
})

test('"Används i" shows what refers to a speaker, by type', async () => {
  await page.goto(`${session.studioUrl}/structure/talare;speaker-jan-bohman%2Cview%3Danvands-i`)
  const view = page.getByTestId('document-pane').first()
  await view.getByText('Föredrag (1)').waitFor()
  await view.getByText('Nyheter och rapporter (1)').waitFor()
  await view.getByText('Föreningen (1)').waitFor()
  await view.getByText('Välkommen – fokusområdet Bergslagens industri 2022–2023').waitFor()

  await page.goto(`${session.studioUrl}/structure/talare;${speakerId}%2Cview%3Danvands-i`)
  await page.getByTestId('document-pane').first().getByText('Inget innehåll hänvisar hit ännu.').waitFor()
})

/** The titles in a document's action menu (the "…" beside Publicera); none when it has no menu. */
async function menuActions(pane: Locator): Promise<string[]> {
  await publishButton(pane).waitFor()
  const menuButton = pane.getByTestId('action-menu-button')
  if ((await menuButton.count()) === 0) return []
  await menuButton.click()
  const items = await page.getByRole('menu').getByRole('menuitem').allTextContents()
  await page.keyboard.press('Escape')
  return items
}

test('the association, a singleton, can be published but not deleted, duplicated or unpublished', async () => {
  // Any other document has those actions…
  await page.goto(`${session.studioUrl}/structure/evenemang;alla;${eventId}`)
  const other = (await menuActions(page.getByTestId('document-pane').first())).join(' ')
  expect(other).toMatch(/Radera/)
  expect(other).toMatch(/Duplicera/)

  // … the association has not.
  await page.goto(`${session.studioUrl}/structure/association`)
  const pane = page.getByTestId('document-pane').first()
  await pane.getByLabel('Namn', { exact: true }).waitFor()
  expect((await menuActions(pane)).join(' ')).not.toMatch(/Radera|Duplicera|Avpublicera/)
  expect(await publishButton(pane).count()).toBe(1)
})

test("every request the Studio made to Sanity's API was answered, and it reported no errors", () => {
  expect(session.api.unanswered).toEqual([])
  // Sentry envelopes: the Studio sends empty ones (a header only) as it goes; an error is an event item.
  expect(
    session.api.errorReports.filter((envelope) => /"type":\s*"(event|feedback)"/.test(envelope)),
  ).toEqual([])
  const refused = session.api.requests.filter((line) => /^[45]\d\d /.test(line))
  // The one refusal is the signed-out Studio asking who is signed in.
  expect(refused).toEqual([expect.stringMatching(/^401 GET \S+ \/v[\d-]+\/users\/me\?/)])
  // What the console reports besides: the signed-out 401 above, the Studio's fonts and update check on
  // Sanity's CDN, which this offline test does not answer, and the presence client's send on a socket it
  // has itself just closed (@sanity/bifur-client closes its shared connection when the last presence
  // subscriber leaves, and a call already under way still sends on it; Chromium logs the same words for
  // that). Seen only on a loaded machine, in `.ci/run` beside the site's e2e: 7 times in one run.
  const expected = [
    /status of 401/,
    /net::ERR_NAME_NOT_RESOLVED/,
    /^Failed to fetch version for package/,
    /^DOMException: WebSocket is already in CLOSING or CLOSED state\.$/,
  ]
  expect(session.errors.filter((error) => !expected.some((pattern) => pattern.test(error)))).toEqual([])
})
