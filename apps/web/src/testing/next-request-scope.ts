import { redirectOf } from './next-navigation'

/**
 * Stand-ins for the request scope that Next gives a route handler (draft mode and cookies), which does
 * not exist outside a running server. Tests install them with jest.mock('next/headers', ...).
 */
export function createRequestScope() {
  const cookies = new Map<string, { value?: string; sameSite?: string; secure?: boolean }>()
  const draft = {
    isEnabled: false,
    enable() {
      draft.isEnabled = true
      cookies.set('__prerender_bypass', { value: 'bypass-id' })
    },
    disable() {
      draft.isEnabled = false
      cookies.delete('__prerender_bypass')
    },
  }
  const cookieStore = {
    get: (name: string) => (cookies.has(name) ? { name, ...cookies.get(name) } : undefined),
    set: ({ name, ...rest }: { name: string; value?: string; sameSite?: string; secure?: boolean }) =>
      void cookies.set(name, rest),
    delete: ({ name }: { name: string }) => void cookies.delete(name),
  }
  return { draft, cookies, cookieStore }
}

/** What Next makes of a handler's answer: a thrown redirect() becomes a redirect response. */
export async function respond(handler: (request: Request) => Promise<Response>, url: string) {
  try {
    return await handler(new Request(url))
  } catch (error) {
    const redirect = redirectOf(error)
    if (!redirect) throw error
    return new Response(null, { status: redirect.status, headers: { location: redirect.location } })
  }
}
