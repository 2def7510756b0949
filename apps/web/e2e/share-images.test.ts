import { e2eContext } from './support/crawl-result'

const { baseUrl, crawl } = e2eContext()

/** Width and height from a PNG's header chunk (IHDR), read without an image library. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  if (!bytes.subarray(0, 8).equals(signature) || bytes.subarray(12, 16).toString('ascii') !== 'IHDR')
    return null
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

const metaContent = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1] ?? null

const pages = crawl.pages.filter((page) => page.status === 200 && page.isHtml && page.path === page.finalPath)

describe('share images', () => {
  const sizes: [string, number][] = []
  afterAll(() => {
    console.log(
      `e2e share images: ${sizes.map(([path, bytes]) => `${path} ${(bytes / 1024).toFixed(0)} KB`).join(', ')}`,
    )
  })

  it.each(pages.map((page) => [page.path]))('%s has a large card with a 1200×630 image', async (path) => {
    const html = await (await fetch(`${baseUrl}${path}`)).text()
    const image = metaContent(html, 'og:image')

    expect(metaContent(html, 'twitter:card')).toBe('summary_large_image')
    expect(metaContent(html, 'twitter:image')).toBe(image)
    expect([metaContent(html, 'og:image:width'), metaContent(html, 'og:image:height')]).toEqual([
      '1200',
      '630',
    ])
    expect(metaContent(html, 'og:image:alt')).toBeTruthy()
    // Absolute on the origin the site was built for (SITE_URL); asked of this server by its path.
    const response = await fetch(`${baseUrl}${new URL(image ?? '').pathname}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    const bytes = Buffer.from(await response.arrayBuffer())
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 })
    if (/^\/(evenemang|talare|nyheter)\/[^/]+$/.test(path)) sizes.push([path, bytes.length])
  })
})
