import type { ChildProcess } from 'node:child_process'

export interface RunningServer {
  /** e.g. http://localhost:41234, no trailing slash */
  baseUrl: string
  port: number
  stop(): Promise<void>
}

export declare function assertBuilt(webRoot: string): void
export declare function startServer(options: {
  webRoot: string
  quiet?: boolean
  env?: Record<string, string>
}): Promise<RunningServer>
export declare function freePort(): Promise<number>
export declare function waitUntilAnswering(
  child: ChildProcess,
  baseUrl: string,
  output: string[],
  timeoutMs: number,
): Promise<RunningServer>
