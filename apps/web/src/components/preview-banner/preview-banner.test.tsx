import { render, screen } from '@testing-library/react'
import axe from 'axe-core'

import { PreviewBanner } from './preview-banner'

jest.mock('next/navigation', () => ({ usePathname: () => '/talare/anna-svensson' }))

test('the preview banner says drafts are shown, and its button posts a form that names the page', () => {
  render(<PreviewBanner />)
  const banner = screen.getByRole('complementary', { name: 'Förhandsgranskning' })
  expect(banner).toHaveTextContent('Förhandsgranskning – utkast visas')
  const form = screen.getByRole('button', { name: 'Lämna förhandsgranskningen' }).closest('form')
  expect(form).toHaveAttribute('method', 'post')
  expect(form).toHaveAttribute('action', '/api/draft-mode/disable')
  expect(form).toHaveFormValues({ returnTo: '/talare/anna-svensson' })
})

test('the preview banner has no accessibility violations axe can see without layout', async () => {
  // As in the root layout: a landmark of its own at the top of the body, beside the page's <main>.
  render(
    <>
      <PreviewBanner />
      <main>
        <h1>Sida</h1>
      </main>
    </>,
  )
  document.documentElement.lang = 'sv'
  document.title = 'Sida'
  const results = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } })
  expect(results.violations.map((violation) => violation.id)).toEqual([])
})
