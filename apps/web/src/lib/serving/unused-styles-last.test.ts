import { splitStylesheet, topLevelBlocks, withUnusedStylesLast } from './unused-styles-last.mjs'

const present = new Set(['site-header', 'card'])

test('reads a stylesheet block by block, with braces and semicolons inside strings and comments', () => {
  const css =
    '@import url("a.css");a:after{content:"}{;"}/* } */.b{color:red}@media (width>1px){.c{margin:0}}'

  expect(topLevelBlocks(css)).toEqual([
    '@import url("a.css");',
    'a:after{content:"}{;"}',
    '/* } */.b{color:red}',
    '@media (width>1px){.c{margin:0}}',
  ])
})

test('keeps in the first part the rules that may match the classes present and those that name none', () => {
  const css = 'body{margin:0}.site-header a{color:#fff}.site-footer{padding:0}.card,.facts{gap:1rem}'

  expect(splitStylesheet(css, present)).toEqual({
    first: 'body{margin:0}.site-header a{color:#fff}.card,.facts{gap:1rem}',
    later: '.site-footer{padding:0}',
  })
})

test('a rule needs every class of a compound and a combinator chain, not those in parentheses', () => {
  const css = [
    '.card.badge{color:red}',
    '.site-header>.site-nav{gap:0}',
    '.card:not(.lead){margin:0}',
    'main :is(.facts,.card){padding:0}',
    '.card:has(.badge){border:0}',
    '[class~=facts]{display:grid}',
  ].join('')

  expect(splitStylesheet(css, present)).toEqual({
    first: css.replace('.card.badge{color:red}.site-header>.site-nav{gap:0}', ''),
    later: '.card.badge{color:red}.site-header>.site-nav{gap:0}',
  })
})

test('keeps a rule with an escaped class name, which it does not read; reads a non-ASCII one', () => {
  const css = '.md\\:flex{display:flex}.ö{color:red}'

  expect(splitStylesheet(css, present)).toEqual({ first: '.md\\:flex{display:flex}', later: '.ö{color:red}' })
})

test('splits media and supports queries inside, keeps other at-rules whole in the first part', () => {
  const css = [
    '@media print{.site-footer{display:none}body{color:#000}}',
    '@supports (display:grid){.facts{display:grid}}',
    '@keyframes spin{to{rotate:1turn}}',
    '@layer base{.facts{margin:0}}',
  ].join('')

  expect(splitStylesheet(css, present)).toEqual({
    first: '@media print{body{color:#000}}@keyframes spin{to{rotate:1turn}}@layer base{.facts{margin:0}}',
    later: '@media print{.site-footer{display:none}}@supports (display:grid){.facts{display:grid}}',
  })
})

// The shape of a page as Next.js writes it with `inlineCss`: the stylesheets in the head, the RSC
// payload (which names other classes, as JSON) last in the body.
const page = [
  '<!DOCTYPE html><html lang="sv" class="js"><head><meta charSet="utf-8"/>',
  '<style data-precedence="next" data-href="/a.css /b.css">.js body{margin:0}.banner{padding:0}',
  '.card{gap:1rem}</style>',
  '<style data-precedence="next" data-href="/c.css">.pagination{margin:0}.card a{color:red}</style>',
  '</head><body><header class="site-header"></header><main><ul><li class="card">x</li></ul></main>',
  '<footer class="site-footer"></footer>',
  '<script>self.__next_f.push([1,"{\\"className\\":\\"pagination\\"}"])</script></body></html>',
].join('')

test("moves the head's rules that match no element of the page to a <style> at the end of its body", () => {
  const moved = withUnusedStylesLast(page)

  expect(moved).toBe(
    page
      .replace('.banner{padding:0}', '')
      .replace('.pagination{margin:0}', '')
      .replace(
        '</body>',
        '<style data-unused-styles="">.banner{padding:0}.pagination{margin:0}</style></body>',
      ),
  )
  expect(withUnusedStylesLast(moved)).toBe(moved)
})

test('returns a document without a body as it is, and marks one with no rule to move as done', () => {
  const noBody = page.slice(0, page.indexOf('<body>'))
  const nothingToMove = page.replace('.banner{padding:0}', '').replace('.pagination{margin:0}', '')
  const marked = withUnusedStylesLast(nothingToMove)

  expect(withUnusedStylesLast(noBody)).toBe(noBody)
  expect(marked).toBe(nothingToMove.replace('</body>', '<style data-unused-styles=""></style></body>'))
  expect(withUnusedStylesLast(marked)).toBe(marked)
})
