// The yardstick of `npm run bench`: the smallest App Router page, built and served by the same `next`
// as the site (same version, same machine, same run), so a ratio to it shows what the site adds to the
// framework. Written at bench time into apps/web/.bench (ignored by git, lint and typecheck) rather
// than kept as a second app in the repository. Plain ESM.
import { spawn } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

import { freePort, waitUntilAnswering } from '../../e2e/support/server.mjs'

const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next')

// What create-next-app's minimal page carries, in Swedish: a language, a title, a heading, a paragraph.
const files = {
  // Next.js looks for its config in parent folders too: without its own, it would take the site's.
  'next.config.mjs': 'export default {}\n',
  'app/layout.jsx': `export const metadata = { title: 'Sida', description: 'En sida utan något mer.' }

export default function RootLayout({ children }) {
  return (
    <html lang="sv">
      <body>{children}</body>
    </html>
  )
}
`,
  'app/page.jsx': `export default function Page() {
  return (
    <main>
      <h1>Intresseföreningen Bergslaget</h1>
      <p>En sida med en rubrik och ett stycke, byggd och serverad av samma Next.js som webbplatsen.</p>
    </main>
  )
}
`,
}

/**
 * @param {string[]} args
 * @param {string} cwd
 */
function runNext(args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, ...args], { cwd, stdio: ['ignore', 'ignore', 'inherit'] })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve(undefined) : reject(new Error(`next ${args[0]} exited ${code}`)),
    )
  })
}

/**
 * Builds the bare page under `webRoot`/.bench/bare-page and starts `next start` for it.
 *
 * @param {string} webRoot
 * @returns {Promise<import('../../e2e/support/server.mjs').RunningServer>}
 */
export async function startBarePage(webRoot) {
  const dir = join(webRoot, '.bench', 'bare-page')
  rmSync(dir, { recursive: true, force: true })
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true })
    writeFileSync(join(dir, file), text)
  }
  await runNext(['build'], dir)
  const port = await freePort()
  const child = spawn(process.execPath, [nextBin, 'start', '--port', String(port)], {
    cwd: dir,
    env: { ...process.env, NODE_ENV: 'production' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  /** @type {string[]} */
  const output = []
  child.stdout?.on('data', (chunk) => output.push(String(chunk)))
  child.stderr?.on('data', (chunk) => output.push(String(chunk)))
  return waitUntilAnswering(child, `http://localhost:${port}`, output, 60_000)
}
