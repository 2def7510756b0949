// What the banner's form posts, shared with the route that answers it. A module of its own: the banner
// is a client component and may not import the route's server-only handler.

export const leavePreviewAction = '/api/draft-mode/disable'

/** The form field naming the page to come back to, out of preview. */
export const returnToField = 'returnTo'
