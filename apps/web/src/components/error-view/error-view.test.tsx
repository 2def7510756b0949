import { act, fireEvent, render, screen } from '@testing-library/react'
import axe from 'axe-core'

import { ErrorView } from './error-view'

const serverError = Object.assign(new Error('GROQ query failed: secret-dataset-name'), {
  digest: '2843069017',
})

let consoleError: jest.SpyInstance
beforeEach(() => {
  consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined)
})
// The view's own digest line is all that reaches the console: no warning from React either.
afterEach(() => {
  expect(consoleError.mock.calls.filter(([line]) => !String(line).startsWith('Page error'))).toEqual([])
  consoleError.mockRestore()
})

describe('ErrorView', () => {
  it('says in Swedish that the page failed and offers a retry and a way on', () => {
    render(<ErrorView error={serverError} onRetry={() => undefined} />)
    expect(screen.getByRole('heading', { level: 1, name: 'Något gick fel' })).toBeInTheDocument()
    expect(screen.getByText(/Sidan kunde inte visas just nu/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Försök igen' })).toHaveAttribute('type', 'button')
    expect(screen.getByRole('link', { name: 'Startsidan' })).toHaveAttribute('href', '/')
    expect(screen.getByRole('link', { name: 'Nyheter' })).toHaveAttribute('href', '/nyheter')
    expect(screen.getByRole('link', { name: 'Evenemang' })).toHaveAttribute('href', '/evenemang')
  })

  it('retries when the visitor asks', () => {
    const onRetry = jest.fn()
    render(<ErrorView error={serverError} onRetry={onRetry} />)
    fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }))
    expect(onRetry).toHaveBeenCalledTimes(1)
  })

  it('shows nothing of the error and logs only its digest', () => {
    const { container } = render(<ErrorView error={serverError} onRetry={() => undefined} />)
    expect(container).not.toHaveTextContent(/GROQ|secret|2843069017|Error/)
    expect(consoleError.mock.calls).toEqual([['Page error, digest 2843069017']])
  })

  it('logs no message for an error thrown in the browser either', () => {
    render(<ErrorView error={new TypeError('cannot read slug of null')} onRetry={() => undefined} />)
    expect(consoleError.mock.calls).toEqual([['Page error in the browser']])
  })

  it('has no accessibility violations axe can see without layout', async () => {
    // As app/error.tsx shows it: inside the layout's <main>.
    render(
      <main>
        <ErrorView error={serverError} onRetry={() => undefined} />
      </main>,
    )
    document.documentElement.lang = 'sv'
    document.title = 'Något gick fel'
    // axe moves focus and scrolls, which next/link answers with state updates: inside act.
    const results = await act(() => axe.run(document, { rules: { 'color-contrast': { enabled: false } } }))
    expect(results.violations.map((violation) => violation.id)).toEqual([])
  })
})
