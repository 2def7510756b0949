import { mainContentId } from '@/components/skip-link/skip-link'

import { mainId, withMainInFirstFrame } from './main-in-first-frame.mjs'

const page =
  '<!DOCTYPE html><html lang="sv"><head><meta charSet="utf-8"/></head><body><main id="huvudinnehall">'

test("holds rendering, first in the head, until the element the skip link targets, the page's <main>", () => {
  expect(mainId).toBe(mainContentId)
  expect(withMainInFirstFrame(page)).toBe(
    '<!DOCTYPE html><html lang="sv"><head><link rel="expect" href="#huvudinnehall" blocking="render"/>' +
      '<meta charSet="utf-8"/></head><body><main id="huvudinnehall">',
  )
})

test('returns a document that has the link, or has no head, as it is', () => {
  const once = withMainInFirstFrame(page)
  const noHead = page.replace('<head>', '')

  expect(withMainInFirstFrame(once)).toBe(once)
  expect(withMainInFirstFrame(noHead)).toBe(noHead)
})
