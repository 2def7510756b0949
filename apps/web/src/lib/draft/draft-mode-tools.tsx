// Draft preview's tools, rendered by the root layout for a request in draft mode: server code only.
import 'server-only'

import { VisualEditing } from 'next-sanity/visual-editing'

import { PreviewBanner } from '@/components/preview-banner/preview-banner'

/**
 * What a page carries in draft preview: the banner, and next-sanity's visual editing, which lets the
 * Presentation tool follow navigation and refreshes the page when an editor changes a document.
 */
export function DraftModeTools() {
  return (
    <>
      <PreviewBanner />
      <VisualEditing />
    </>
  )
}
