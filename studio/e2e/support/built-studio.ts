import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'

const dist = fileURLToPath(new URL('../../dist', import.meta.url))

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
}

/**
 * The output of `sanity build` (studio/dist) served as a static host serves it: files as they are,
 * every other path the Studio's index.html, whose router reads the path.
 */
export async function serveBuiltStudio(): Promise<{ url: string; close(): Promise<void> }> {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`No built Studio in ${dist}: run \`npm run build\` in studio/ first.`)
  }
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname))
    const file = join(dist, path)
    const found = file.startsWith(dist) && existsSync(file) && statSync(file).isFile()
    const served = found ? file : join(dist, 'index.html')
    response.writeHead(200, { 'content-type': types[extname(served)] ?? 'application/octet-stream' })
    response.end(readFileSync(served))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://localhost:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
