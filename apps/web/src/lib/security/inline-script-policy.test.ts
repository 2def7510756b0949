import { createHash } from 'node:crypto'

import { inlineScriptHashes, withInlineScriptPolicy } from './inline-script-policy.mjs'

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

// The shape of a page as Next.js writes it: charset first, external and inline scripts, JSON-LD.
const page = [
  '<!DOCTYPE html><html lang="sv"><head><meta charSet="utf-8"/><title>Talare</title>',
  '<script src="/_next/static/chunks/a.js" async=""></script>',
  '<script type="application/ld+json">{"@type":"Person","name":"Jan \\u003c/script>"}</script>',
  '</head><body><h1>Jan</h1>',
  '<script id="_R_">(globalThis.TURBOPACK ||= []).push({})</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script type="module">import "/x.js"</script>',
  '<script>self.__next_f.push([1,"å \\u003c/script"])</script>',
  '</body></html>',
].join('')

test('hashes each inline script that runs, in order, and no external script or data block', () => {
  expect(inlineScriptHashes(page)).toEqual([
    hash('(globalThis.TURBOPACK ||= []).push({})'),
    hash('(self.__next_f=self.__next_f||[]).push([0])'),
    hash('import "/x.js"'),
    // UTF-8, as the browser hashes the text it decoded from the UTF-8 document.
    hash('self.__next_f.push([1,"å \\u003c/script"])'),
  ])
})

test('puts the policy right after the charset, before any script; a page that has one keeps it', () => {
  const withPolicy = withInlineScriptPolicy(page)
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(withPolicy)?.[1]

  expect(policy).toBe(["script-src 'self'", ...inlineScriptHashes(page)].join(' '))
  expect(withPolicy.indexOf('http-equiv')).toBeGreaterThan(withPolicy.indexOf('charSet'))
  expect(withPolicy.indexOf('http-equiv')).toBeLessThan(withPolicy.indexOf('<script'))
  expect(withPolicy.replace(/<meta http-equiv[^>]*>/, '')).toBe(page)
  expect(withInlineScriptPolicy(withPolicy)).toBe(withPolicy)
})

test('a document without the charset Next.js writes is left as it is', () => {
  expect(withInlineScriptPolicy('<html><head></head><body><script>x()</script></body></html>')).toBe(
    '<html><head></head><body><script>x()</script></body></html>',
  )
})
