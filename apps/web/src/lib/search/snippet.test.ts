import { highlight, snippet, type TextPart } from './snippet'

/** The parts as text with the found words in brackets. */
const show = (parts: TextPart[]) => parts.map((part) => (part.match ? `[${part.text}]` : part.text)).join('')

describe('highlight', () => {
  it('marks each word that begins with a term, whatever its case, å, ä and ö included', () => {
    expect(
      show(highlight('24 kommuner och Borlänge kommun, ÖREBRO län', ['kommun', 'borlänge', 'örebro'])),
    ).toBe('24 [kommuner] och [Borlänge] [kommun], [ÖREBRO] län')
  })

  it('marks only words that begin with a term, not ones that hold it', () => {
    expect(show(highlight('Regionkommunen och kommunalråd', ['kommun']))).toBe(
      'Regionkommunen och [kommunalråd]',
    )
  })

  it('leaves text without found words whole', () => {
    expect(highlight('Hofors', ['ovako'])).toEqual([{ text: 'Hofors', match: false }])
    expect(highlight('', ['ovako'])).toEqual([])
  })
})

describe('snippet', () => {
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `ord${i}`).join(' ')

  it('shows a short text whole', () => {
    expect(show(snippet('Vätgas  i\nHofors', ['hofors']))).toBe('Vätgas i [Hofors]')
  })

  it('shows the text around the first found word, cut between words, with ellipses', () => {
    const text = `${filler(60)} Ovako satsar på vätgas. ${filler(60)}`
    const shown = show(snippet(text, ['ovako'], 80))

    expect(shown).toMatch(/^… ord\d+ .*\[Ovako\] satsar på vätgas\. ord\d+.* …$/)
    expect(shown.length).toBeLessThanOrEqual(80 + 6)
    expect(shown).not.toMatch(/ or …$|… d\d/)
  })

  it('starts at the beginning when the first found word is near it, and when none is found', () => {
    expect(show(snippet(`Ovako ${filler(60)}`, ['ovako'], 40))).toMatch(/^\[Ovako\] ord0 .* …$/)
    expect(show(snippet(filler(60), ['ovako'], 40))).toMatch(/^ord0 .* …$/)
  })

  it('ends at the end when the found word is near it', () => {
    expect(show(snippet(`${filler(60)} Ovako`, ['ovako'], 40))).toMatch(/^… .* \[Ovako\]$/)
  })
})
