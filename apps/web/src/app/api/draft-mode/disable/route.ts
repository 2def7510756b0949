import { draftMode } from 'next/headers'

export const dynamic = 'force-dynamic'

/** Leaves preview (the banner's link): visitors' pages again, from the start page. */
export async function GET(): Promise<Response> {
  const draft = await draftMode()
  draft.disable()
  return new Response(null, { status: 307, headers: { location: '/', 'cache-control': 'no-store' } })
}
