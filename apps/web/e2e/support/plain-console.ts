import { Console } from 'node:console'

// The suite prints its counts for CI logs; jest's buffered console would wrap each line in a stack trace.
globalThis.console = new Console({ stdout: process.stdout, stderr: process.stderr })
