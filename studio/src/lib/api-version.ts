/** The Content Lake API version for the Studio's own queries (validation, views, templates). */
export const STUDIO_API_VERSION = '2025-02-19'
