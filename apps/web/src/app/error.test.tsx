import { fireEvent, render, screen } from '@testing-library/react'

import PageError from './error'

test('a page that fails inside the layout shows the Swedish error view, and retry reaches Next', () => {
  const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined)
  const retry = jest.fn()
  const error = Object.assign(new Error('upstream 503 at https://x.api.sanity.io'), { digest: '17' })
  const { container } = render(<PageError error={error} reset={jest.fn()} retry={retry} />)

  expect(screen.getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['Något gick fel'])
  // The page's own metadata failed with it: without this the document would have no title.
  expect(document.title).toBe('Något gick fel | Intresseföreningen Bergslaget')
  expect(container).not.toHaveTextContent(/503|sanity|Error/)
  fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }))
  expect(retry).toHaveBeenCalledTimes(1)
  expect(consoleError.mock.calls).toEqual([['Page error, digest 17']])
  consoleError.mockRestore()
})
