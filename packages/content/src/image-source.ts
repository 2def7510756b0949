import { contentConfig, type ContentConfig } from './env'

/** Where image assets are served from: the hosted project and dataset on Sanity's image CDN. */
export interface ImageSource {
  projectId: string
  dataset: string
}

/**
 * The image CDN's project and dataset, or null with the bundled dataset: its documents may name image
 * assets, but the asset files are not bundled, so offline there is nothing to show and the site renders
 * its fallback instead.
 */
export function imageSource(config: ContentConfig = contentConfig()): ImageSource | null {
  return config.source === 'hosted' ? { projectId: config.projectId, dataset: config.dataset } : null
}
