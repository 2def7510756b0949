import { createRequire } from 'node:module'
import { join } from 'node:path'

const repoRoot = join(__dirname, '..', '..', '..')

/**
 * The version of `name` a workspace gets, read where that workspace's own imports resolve: the Studio's
 * `sanity` is checked as the Studio loads it, even should npm one day install it under studio/.
 */
function installedVersion(workspace: string, name: string): string {
  const requireInWorkspace = createRequire(join(repoRoot, workspace, 'package.json'))
  return (requireInWorkspace(`${name}/package.json`) as { version: string }).version
}

// Each package with the workspace that depends on it and the lowest version allowed.
const floors = [
  // The React Server Components advisories of 2025–2026 are fixed from these versions (STACK.md).
  ['next', 'apps/web', '16.3.8'],
  ['react', 'apps/web', '19.2.8'],
  ['react-dom', 'apps/web', '19.2.8'],
  // No published advisory is known for these three: they are floored at the versions pinned and tried
  // here (STACK.md), so that going below what was tried takes a change to this file, not only the lock.
  ['next-sanity', 'apps/web', '13.3.4'],
  ['@sanity/client', 'packages/content', '7.28.0'],
  ['sanity', 'studio', '5.31.2'],
] as const

const parts = (version: string) => version.split(/[.-]/).slice(0, 3).map(Number)

function atLeast(version: string, floor: string): boolean {
  const [a, b] = [parts(version), parts(floor)]
  for (let i = 0; i < 3; i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0)
    if (difference !== 0) return difference > 0
  }
  return true
}

describe('security floor', () => {
  it.each(floors)('%s in %s is at least %s', (name, workspace, floor) => {
    expect(atLeast(installedVersion(workspace, name), floor)).toBe(true)
  })

  it('compares versions by number, not by text', () => {
    expect(atLeast('16.10.0', '16.3.8')).toBe(true)
    expect(atLeast('16.3.7', '16.3.8')).toBe(false)
    expect(atLeast('15.9.9', '16.3.8')).toBe(false)
  })
})
