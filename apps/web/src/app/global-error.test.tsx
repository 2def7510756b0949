import { act, fireEvent, render, screen, within } from '@testing-library/react'
import axe from 'axe-core'
import { usePathname } from 'next/navigation'

import GlobalError from './global-error'

jest.mock('next/navigation', () => ({ usePathname: jest.fn() }))

let consoleError: jest.SpyInstance
beforeEach(() => {
  jest.mocked(usePathname).mockReturnValue('/talare/jan-bohman')
  consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined)
})
// Nothing else reaches the console: no warning from React about the document it rebuilt.
afterEach(() => {
  expect(consoleError.mock.calls).toEqual([['Page error, digest 9']])
  jest.restoreAllMocks()
})

// It renders the whole document, so it is rendered into the document, as Next does.
const renderDocument = (retry = jest.fn()) =>
  render(
    <GlobalError
      error={Object.assign(new Error('settings read failed'), { digest: '9' })}
      reset={jest.fn()}
      retry={retry}
    />,
    {
      container: document,
    },
  )

describe('GlobalError', () => {
  it('rebuilds the Swedish document with the skip link, the header and one <main>', () => {
    renderDocument()
    expect(document.documentElement).toHaveAttribute('lang', 'sv')
    expect(document.title).toBe('Något gick fel | Intresseföreningen Bergslaget')
    expect(screen.getByRole('link', { name: 'Hoppa till huvudinnehåll' })).toHaveAttribute(
      'href',
      '#huvudinnehall',
    )
    expect(screen.getByRole('navigation', { name: 'Huvudmeny' })).toBeInTheDocument()
    const main = screen.getByRole('main')
    expect(main).toHaveAttribute('id', 'huvudinnehall')
    expect(
      within(main)
        .getAllByRole('heading', { level: 1 })
        .map((h) => h.textContent),
    ).toEqual(['Något gick fel'])
    expect(document.body).not.toHaveTextContent(/settings read failed|Error/)
  })

  it('retries through Next', () => {
    const retry = jest.fn()
    renderDocument(retry)
    fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }))
    expect(retry).toHaveBeenCalledTimes(1)
  })

  it('has no accessibility violations axe can see without layout', async () => {
    renderDocument()
    // axe moves focus and scrolls, which next/link answers with state updates: inside act.
    const results = await act(() => axe.run(document, { rules: { 'color-contrast': { enabled: false } } }))
    expect(results.violations.map((violation) => violation.id)).toEqual([])
  })
})
