// The browser every end-to-end check, screenshot and benchmark uses: Debian's Chromium (STACK.md,
// pitfall 7). Plain ESM so the Node scripts (run-e2e, screenshots, lighthouse) share it with jest.
import { existsSync } from 'node:fs'

import { chromium } from 'playwright-core'

export const defaultChromePath = '/usr/bin/chromium'

/**
 * The Chromium to use: CHROME_PATH when set, else Debian's; null when that file does not exist.
 *
 * @param {Record<string, string | undefined>} [env]
 * @returns {string | null}
 */
export function findChromium(env = process.env) {
  const candidate = env.CHROME_PATH || defaultChromePath
  return existsSync(candidate) ? candidate : null
}

/**
 * Offline-safe flags. Without the host resolver rule Chromium still looks up Google hosts; localhost is
 * exempt so the site under test resolves, and 127.0.0.1, another origin on this machine for the tests
 * that need one (the Studio framing the site).
 *
 * @type {readonly string[]}
 */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
]

/**
 * @typedef {object} Viewport
 * @property {'phone' | 'desktop'} name
 * @property {number} width
 * @property {number} height
 * @property {boolean} isMobile
 * @property {boolean} hasTouch
 * @property {number} deviceScaleFactor
 */

/**
 * The two widths every page type is checked and photographed at.
 *
 * @type {readonly Viewport[]}
 */
export const viewports = [
  { name: 'phone', width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  { name: 'desktop', width: 1280, height: 800, isMobile: false, hasTouch: false, deviceScaleFactor: 1 },
]

/**
 * Browser context options for one of the viewports above.
 *
 * @param {Viewport} viewport
 * @returns {import('playwright-core').BrowserContextOptions}
 */
export function contextOptions({ width, height, isMobile, hasTouch, deviceScaleFactor }) {
  return { viewport: { width, height }, isMobile, hasTouch, deviceScaleFactor }
}

/**
 * @param {{ hostMap?: Record<string, string> }} [options] hosts Chromium sends to a local server
 *   instead of looking them up, e.g. `{ '*.api.sanity.io': '127.0.0.1:4443' }`; every other host
 *   stays offline.
 */
export async function launchChromium({ hostMap = {} } = {}) {
  const executablePath = findChromium()
  if (!executablePath) {
    throw new Error(
      `No Chromium at ${process.env.CHROME_PATH || defaultChromePath}: install Debian's chromium or set CHROME_PATH.`,
    )
  }
  const mapped = Object.entries(hostMap).map(([host, target]) => `MAP ${host} ${target}, `)
  const args = chromiumArgs.map((arg) => arg.replace('--host-resolver-rules=', `$&${mapped.join('')}`))
  return chromium.launch({ executablePath, args })
}
