import nextPackage from 'next/package.json'
import reactPackage from 'react/package.json'
import reactDomPackage from 'react-dom/package.json'

// The React Server Components advisories of 2025–2026 are fixed from these versions (STACK.md).
const floors = [
  ['next', nextPackage.version, '16.3.8'],
  ['react', reactPackage.version, '19.2.8'],
  ['react-dom', reactDomPackage.version, '19.2.8'],
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
  it.each(floors)('%s %s is at least %s', (_name, version, floor) => {
    expect(atLeast(version, floor)).toBe(true)
  })

  it('compares versions by number, not by text', () => {
    expect(atLeast('16.10.0', '16.3.8')).toBe(true)
    expect(atLeast('16.3.7', '16.3.8')).toBe(false)
    expect(atLeast('15.9.9', '16.3.8')).toBe(false)
  })
})
