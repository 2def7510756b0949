import { contentConfig } from '@bergslaget/content/config'

import { createEnableDraftModeHandler } from '@/lib/draft/enable-draft-mode'
import { serverEnv } from '@/server-env'

// Each answer depends on the request's secret and sets cookies: never prerendered or cached.
export const dynamic = 'force-dynamic'

export const GET = createEnableDraftModeHandler({
  config: contentConfig(),
  readToken: serverEnv.readToken,
})
