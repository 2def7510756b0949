import { z } from 'zod'

/** An editor's link (the `link` object): text and address. The site checks the scheme when it renders. */
export const linkProjection = /* groq */ `{_key, title, url}`

export const linkSchema = z.object({ _key: z.string(), title: z.string().min(1), url: z.string().min(1) })

export type ContentLink = z.output<typeof linkSchema>
