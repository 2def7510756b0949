import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { contentEnvVariables } from '@bergslaget/content/config'

import { siteEnvVariables } from './env'
import { serverEnvVariables } from './server-env'

/**
 * `npm start` and `npm run build` run through turbo, whose strict environment mode hands a task only the
 * variables turbo.json declares: an undeclared one is silently missing from the server (the webhook
 * secret once was). So every variable the site reads must be declared there.
 */
const turbo = JSON.parse(readFileSync(join(__dirname, '../../../turbo.json'), 'utf8')) as {
  globalEnv: string[]
  globalPassThroughEnv: string[]
  tasks: Record<string, { cache?: boolean }>
}

/** Read by `next start` itself: where to listen. */
const nextServerVariables = ['PORT', 'HOSTNAME']

test('every variable the site reads reaches the tasks turbo runs', () => {
  const declared = new Set([...turbo.globalEnv, ...turbo.globalPassThroughEnv])
  const read = [...contentEnvVariables, ...siteEnvVariables, ...serverEnvVariables, ...nextServerVariables]
  expect(read.filter((name) => !declared.has(name))).toEqual([])
})

test('what shapes the build is hashed; secrets and server settings pass through without it', () => {
  // A build cached for one project or site address must not be replayed for another...
  expect(turbo.globalEnv).toEqual(expect.arrayContaining([...contentEnvVariables, ...siteEnvVariables]))
  // ...while secrets are read only at run time and stay out of turbo's hashes and summaries.
  expect(turbo.globalPassThroughEnv).toEqual(
    expect.arrayContaining([...serverEnvVariables, ...nextServerVariables]),
  )
})

test("the site's build always runs: turbo cannot see what it reads, and next start writes into it", () => {
  // The build prerenders from the Content Lake or a CONTENT_DATASET_FILE, neither of which turbo hashes,
  // and `next start` stores the pages it renders again under .next/server/route-cache, which a
  // replayed build would keep and serve: a hosted run's pages came back in a later embedded one.
  // `next build` starts from an empty .next/server.
  expect(turbo.tasks['@bergslaget/web#build']?.cache).toBe(false)
})
