import { render, screen, within } from '@testing-library/react'

import { Pagination } from './pagination'

const hrefFor = (page: number) => (page === 1 ? '/lista' : `/lista/sida/${page}`)

function links() {
  const nav = screen.getByRole('navigation', { name: 'Sidnumrering' })
  return within(nav)
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href'), link.getAttribute('aria-current')])
}

test('the first page links to every page and the next one, and marks itself', () => {
  render(<Pagination page={1} pageCount={3} hrefFor={hrefFor} />)
  expect(links()).toEqual([
    ['Sida 1', '/lista', 'page'],
    ['Sida 2', '/lista/sida/2', null],
    ['Sida 3', '/lista/sida/3', null],
    ['Nästa sida', '/lista/sida/2', null],
  ])
})

test('a middle page links back and on', () => {
  render(<Pagination page={2} pageCount={3} hrefFor={hrefFor} />)
  expect(links()).toEqual([
    ['Föregående sida', '/lista', null],
    ['Sida 1', '/lista', null],
    ['Sida 2', '/lista/sida/2', 'page'],
    ['Sida 3', '/lista/sida/3', null],
    ['Nästa sida', '/lista/sida/3', null],
  ])
})

test('the last page has no next link', () => {
  render(<Pagination page={3} pageCount={3} hrefFor={hrefFor} />)
  expect(links().at(0)).toEqual(['Föregående sida', '/lista/sida/2', null])
  expect(links().at(-1)).toEqual(['Sida 3', '/lista/sida/3', 'page'])
})

test('a long list shows gaps instead of every page', () => {
  render(<Pagination page={10} pageCount={20} hrefFor={hrefFor} />)
  expect(links().map(([text]) => text)).toEqual([
    'Föregående sida',
    'Sida 1',
    'Sida 9',
    'Sida 10',
    'Sida 11',
    'Sida 20',
    'Nästa sida',
  ])
})

test('a list on one page has no pagination', () => {
  const { container } = render(<Pagination page={1} pageCount={1} hrefFor={hrefFor} />)
  expect(container).toBeEmptyDOMElement()
})
