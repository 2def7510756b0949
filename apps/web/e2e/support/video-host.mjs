// The host names a YouTube player, its stills and its tracking load from: a request to any of them
// before the visitor presses play is one too many. Shared by the hosted e2e test and bench:recording.

export const videoHostPattern =
  /(^|\.)(youtube(-nocookie)?\.com|youtu\.be|ytimg\.com|googlevideo\.com|google\.com|gstatic\.com|doubleclick\.net)$/

/** @param {string} url */
export const isVideoHostRequest = (url) => videoHostPattern.test(new URL(url).hostname)
