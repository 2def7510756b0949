// Run by `npm run content:check [file]` through `sanity exec`, which loads TypeScript and the
// ESM-only `sanity` package the way the Studio's own CLI does (no extra runner to install).
import { runContentCheck } from '../src/content-check/run-content-check'

// npm runs a workspace script inside studio/; INIT_CWD is where the command was typed, so a
// relative path means what the user meant.
const result = await runContentCheck(process.argv[2], process.env.INIT_CWD ?? process.cwd())
console.log(result.text)
process.exitCode = result.exitCode
