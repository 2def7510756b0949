import { rmSync } from 'node:fs'

export default async function globalTeardown() {
  await globalThis.__e2eServer?.stop()
  if (globalThis.__e2eTempDir) rmSync(globalThis.__e2eTempDir, { recursive: true, force: true })
}
