// Answers of the draft-mode routes: server code only, beside the handlers that use it.
import 'server-only'

/**
 * A short message for an editor, in Swedish, that no cache may keep: each answer about preview depends
 * on the request's secret or cookie.
 */
export function textResponse(
  status: number,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(message, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers },
  })
}
