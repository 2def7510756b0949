#!/usr/bin/env node
// `npm run e2e` (and the turbo `e2e` task of `npm test`): runs the end-to-end suite when a Chromium is
// found. Without one, a developer's `npm test` goes on with a loud notice; CI (CI=true) fails, so a
// green CI run always includes the browser checks.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

import { defaultChromePath, findChromium } from './support/chromium.mjs'

const webRoot = fileURLToPath(new URL('..', import.meta.url))
const inCi = /^(1|true)$/i.test(process.env.CI ?? '')

if (!findChromium()) {
  const wanted = process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH}` : defaultChromePath
  const bar = '!'.repeat(78)
  console.error(
    [
      '',
      bar,
      `!!  END-TO-END TESTS ${inCi ? 'CANNOT RUN' : 'SKIPPED'}: no Chromium at ${wanted}`,
      '!!  Install it: sudo apt-get install -y --no-install-recommends chromium',
      '!!  (or point CHROME_PATH at a Chromium or Chrome binary).',
      inCi
        ? '!!  CI=true: failing, because CI must run the browser checks.'
        : '!!  Not in CI: the other checks still run, but crawl, keyboard and axe checks did NOT.',
      bar,
      '',
    ].join('\n'),
  )
  process.exit(inCi ? 1 : 0)
}

const jest = createRequire(import.meta.url).resolve('jest/bin/jest')
const result = spawnSync(
  process.execPath,
  [jest, '--config', 'e2e/jest.config.mjs', ...process.argv.slice(2)],
  {
    cwd: webRoot,
    stdio: 'inherit',
  },
)
process.exit(result.status ?? 1)
