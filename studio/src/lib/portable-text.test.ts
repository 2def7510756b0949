import { plainTextLength } from './portable-text'

const block = (...texts: string[]) => ({
  _type: 'block',
  children: texts.map((text) => ({ _type: 'span', text })),
})

it('counts the text of every block, spans joined and each block trimmed', () => {
  expect(plainTextLength([block('Anna ', 'är kommunalråd.'), block('  Hon bor i Falun. ')])).toBe(
    'Anna är kommunalråd.'.length + 'Hon bor i Falun.'.length,
  )
})

it('ignores non-text blocks and anything that is not Portable Text', () => {
  expect(plainTextLength([{ _type: 'image' }, block('Hej')])).toBe(3)
  expect(plainTextLength(undefined)).toBe(0)
  expect(plainTextLength('inte en lista')).toBe(0)
})
