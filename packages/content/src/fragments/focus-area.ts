import { z } from 'zod'

/** One of the association's focus areas, as the home page and the association page show it. */
export const focusAreasProjection = /* groq */ `focusAreas[]{_key, title, period, description}`

export const focusAreaSchema = z.object({
  _key: z.string(),
  title: z.string().min(1),
  period: z.string().min(1),
  description: z.string().nullable(),
})

export type FocusArea = z.output<typeof focusAreaSchema>
