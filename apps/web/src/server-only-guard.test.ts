/** @jest-environment node */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The modules that hold secrets, read drafts or answer the webhook: `server-env.ts`, every file of the
 * draft and webhook folders (so a new one is checked without being listed here), and the content
 * package's entries that read with the token (`/draft`) or reach the Content Lake (the main entry,
 * through its hosted source).
 */
const guarded = [
  'server-env.ts',
  ...sourceFiles('lib/draft'),
  ...sourceFiles('lib/webhook'),
  '@bergslaget/content',
  '@bergslaget/content/draft',
]

// Jest gives every test server-only's empty module, as React's server build resolves it (next/jest maps
// it so). Here each module is imported as a client component's import would be: server-only resolved
// by its package's default condition, the module that throws, so a module that lost the import fails.
test.each(guarded)('%s cannot be imported by a client component', async (module) => {
  await expect(importAsClient(module)).rejects.toThrow(
    'This module cannot be imported from a Client Component module',
  )
})

test('a module without server code still loads: the refusals above are not every import failing', async () => {
  await expect(importAsClient('lib/same-origin-request.ts')).resolves.toHaveProperty('isSameOriginRequest')
})

function sourceFiles(folder: string): string[] {
  return readdirSync(join(__dirname, folder))
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => `${folder}/${file}`)
}

async function importAsClient(module: string): Promise<unknown> {
  const specifier = module.startsWith('@') ? module : join(__dirname, module)
  jest.doMock('server-only', () => jest.requireActual(serverOnlyForClients()))
  try {
    let loaded: unknown
    await jest.isolateModulesAsync(async () => {
      loaded = await import(specifier)
    })
    return loaded
  } finally {
    jest.dontMock('server-only')
  }
}

/** The file a client bundle gets for `server-only`: its package's `default` export, not `react-server`. */
function serverOnlyForClients(): string {
  const packageDir = (require.resolve.paths('server-only') ?? [])
    .map((modules) => join(modules, 'server-only'))
    .find((candidate) => existsSync(join(candidate, 'package.json')))
  if (!packageDir) throw new Error('server-only is not installed')
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    exports: { '.': { default: string } }
  }
  return join(packageDir, manifest.exports['.'].default)
}
