// What a page, a 404, a feed and a calendar tell a CDN in front of `npm start`: Next.js's year, less the
// minute the CDN may keep its copy fresh (src/lib/serving/shared-cache-lifetime.mjs).
export const aMinuteFresh = 's-maxage=60, stale-while-revalidate=31535940'
