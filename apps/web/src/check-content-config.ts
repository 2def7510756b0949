import { readContentConfig } from '@bergslaget/content/config'

/**
 * Stops the server with the configuration error as its only output. Next would keep serving 500s after
 * a failed instrumentation hook, so throwing is not enough.
 */
export function checkContentConfig(): void {
  try {
    readContentConfig()
  } catch (error) {
    console.error((error as Error).message)
    process.exit(1)
  }
}
