import type { Browser, BrowserContextOptions } from 'playwright-core'

export declare const defaultChromePath: string
export declare function findChromium(env?: Record<string, string | undefined>): string | null
export declare const chromiumArgs: readonly string[]

export interface Viewport {
  name: 'phone' | 'desktop'
  width: number
  height: number
  isMobile: boolean
  hasTouch: boolean
  deviceScaleFactor: number
}
export declare const viewports: readonly Viewport[]

export declare function contextOptions(viewport: Viewport): BrowserContextOptions

export declare function launchChromium(): Promise<Browser>
