import { vocabulary } from './vocabulary'

const sizes = vocabulary([
  { value: 'small', visitor: 'Liten', plural: 'Små', editor: 'Liten (under 10)' },
  { value: 'large', visitor: 'Stor', plural: 'Stora', editor: 'Stor' },
])

it('keeps the values in the order written, for z.enum and the Studio', () => {
  expect(sizes.values).toEqual(['small', 'large'])
})

it('offers the editor’s words as the Studio’s options', () => {
  expect(sizes.options).toEqual([
    { title: 'Liten (under 10)', value: 'small' },
    { title: 'Stor', value: 'large' },
  ])
})

it('maps each value to the visitor’s word, the editor’s word and the list heading', () => {
  expect(sizes.visitor).toEqual({ small: 'Liten', large: 'Stor' })
  expect(sizes.editor).toEqual({ small: 'Liten (under 10)', large: 'Stor' })
  expect(sizes.plural).toEqual({ small: 'Små', large: 'Stora' })
})

it('has no list headings unless every term has one', () => {
  const partly = vocabulary([
    { value: 'a', visitor: 'A', plural: 'As', editor: 'A' },
    { value: 'b', visitor: 'B', editor: 'B' },
  ])
  expect('plural' in partly).toBe(false)
})
