// sanity and many of its dependencies ship only ESM, and sanity reads `import.meta` (Vite's HMR
// and env flags), which is a syntax error once compiled to CommonJS. Jest on Node 20 cannot
// require ESM, so every file goes through @swc/jest, dependencies with `import.meta` stubbed out first
// (our own sources keep it: swc compiles `import.meta.url` to the file's URL).
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import swcJest from '@swc/jest'

const own = swcJest.createTransformer({ jsc: { target: 'es2022' } })
// No source maps for dependencies: a smaller cache and a faster cold run.
const dependency = swcJest.createTransformer({ jsc: { target: 'es2022' }, sourceMaps: false })
const IMPORT_META = /\bimport\.meta\b/g
const SALT = createHash('sha1')
  .update(readFileSync(fileURLToPath(import.meta.url)))
  .digest('hex')

const isDependency = (path) => path.includes('/node_modules/')
const pick = (path) => (isDependency(path) ? dependency : own)

export default {
  canInstrument: own.canInstrument,
  getCacheKey: (source, path, options) => pick(path).getCacheKey(source, path, options) + SALT,
  process: (source, path, options) =>
    isDependency(path)
      ? dependency.process(source.replace(IMPORT_META, '({ env: {} })'), path, options)
      : own.process(source, path, options),
}
