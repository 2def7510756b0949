// Fails when the committed schema.json or sanity.types.ts no longer match the Studio schema and the
// content package's queries. Generates into a scratch folder (ignored by git), never over the committed files.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

// Relative to the studio: the CLI resolves even absolute output paths against its work dir.
mkdirSync('.sanity', { recursive: true })
const outDir = mkdtempSync(join('.sanity', 'typegen-check-'))
/** @param {string[]} args */
const run = (args) =>
  execFileSync('npx', ['sanity', ...args], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, TYPEGEN_OUT_DIR: outDir },
  })

// The generated file names the schema it came from; the scratch path is not a difference.
/** @param {string} path */
const read = (path) => readFileSync(path, 'utf8').replace(/^\/\/ Source: .*$/gm, '')

try {
  run(['schema', 'extract', '--enforce-required-fields', '--path', join(outDir, 'schema.json')])
  run(['typegen', 'generate'])
  const stale = [
    { name: 'studio/schema.json', committed: 'schema.json', fresh: join(outDir, 'schema.json') },
    {
      name: 'packages/content/src/sanity.types.ts',
      committed: '../packages/content/src/sanity.types.ts',
      fresh: join(outDir, 'sanity.types.ts'),
    },
  ].filter(({ committed, fresh }) => read(committed) !== read(fresh))

  if (stale.length > 0) {
    console.error(`Generated files are stale: ${stale.map(({ name }) => name).join(', ')}.`)
    console.error('Run `npm run typegen` and commit the result.')
    process.exitCode = 1
  } else {
    console.log('schema.json and sanity.types.ts are current.')
  }
} finally {
  rmSync(outDir, { recursive: true, force: true })
}
