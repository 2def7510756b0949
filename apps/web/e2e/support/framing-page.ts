import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A page of another origin that shows a URL in a frame, as the Studio's Presentation tool does. */
export interface FramingPage {
  origin: string
  /** The address of the page that frames `src`. */
  url(src: string): string
  close(): Promise<void>
}

/**
 * Serves the framing page on 127.0.0.1, which is another origin (and site) than the `localhost` the
 * site under test is served on, as a Studio's origin is.
 */
export async function startFramingPage(): Promise<FramingPage> {
  const server = createServer((request, response) => {
    const src = new URL(request.url ?? '/', 'http://127.0.0.1').searchParams.get('src') ?? 'about:blank'
    const attribute = src.replaceAll('&', '&amp;').replaceAll('"', '&quot;')
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    response.end(
      `<!doctype html><html lang="sv"><title>Studio</title><iframe title="Förhandsvisning" src="${attribute}" width="1200" height="800"></iframe></html>`,
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    origin,
    url: (src) => `${origin}/?src=${encodeURIComponent(src)}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
