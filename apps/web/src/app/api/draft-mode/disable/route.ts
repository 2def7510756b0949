import { disableDraftMode, refuseMethod } from '@/lib/draft/disable-draft-mode'

// Each answer depends on the request and changes a cookie: never prerendered or cached.
export const dynamic = 'force-dynamic'

/** Leaves preview: the banner form's POST (see disable-draft-mode.ts). Every other method is refused. */
export const POST = disableDraftMode

export const GET = refuseMethod
export const HEAD = refuseMethod
export const PUT = refuseMethod
export const PATCH = refuseMethod
export const DELETE = refuseMethod
export const OPTIONS = refuseMethod
