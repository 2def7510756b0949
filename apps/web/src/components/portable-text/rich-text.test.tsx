import { render, screen } from '@testing-library/react'

import type { PageTarget } from '@/lib/routes'
import { hostileHrefs } from '@/testing/hostile-hrefs'

import { RichText } from './rich-text'

type MarkDef =
  | { _type: 'link'; _key: string; href: string }
  | { _type: 'internalLink'; _key: string; target: PageTarget | null }

function paragraphWithMark(markDef: MarkDef, text = 'länken') {
  return [
    {
      _type: 'block',
      _key: 'b1',
      style: 'normal',
      markDefs: [markDef],
      children: [
        { _type: 'span', _key: 's1', text: 'Läs ', marks: [] },
        { _type: 'span', _key: 's2', text, marks: [markDef._key] },
      ],
    },
  ]
}

function renderLink(href: string) {
  return render(<RichText value={paragraphWithMark({ _type: 'link', _key: 'm1', href })} />)
}

describe('RichText link mark', () => {
  it.each(hostileHrefs)('renders %j as plain text', (href) => {
    const { container } = renderLink(href)
    expect(container.querySelector('a')).toBeNull()
    expect(container).toHaveTextContent('Läs länken')
  })

  it.each(['https://bergslaget.se/', 'http://example.com/'])('links %s as an outside link', (href) => {
    renderLink(href)
    const link = screen.getByRole('link', { name: 'länken' })
    expect(link).toHaveAttribute('href', href)
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
  })

  it.each(['mailto:info@bergslaget.se', 'tel:+4623123456', 'MAILTO:info@bergslaget.se'])(
    'links %s',
    (href) => {
      renderLink(href)
      const link = screen.getByRole('link', { name: 'länken' })
      expect(link).toHaveAttribute('href', href)
      expect(link).not.toHaveAttribute('rel')
    },
  )

  it('links a path on the site without rel', () => {
    renderLink(' /om-foreningen')
    const link = screen.getByRole('link', { name: 'länken' })
    expect(link).toHaveAttribute('href', '/om-foreningen')
    expect(link).not.toHaveAttribute('rel')
  })
})

describe('RichText internal link mark', () => {
  it.each<[PageTarget, string]>([
    [{ _type: 'speaker', slug: 'jan-bohman' }, '/talare/jan-bohman'],
    [{ _type: 'organisation', slug: 'ovako' }, '/organisationer/ovako'],
    [{ _type: 'event', slug: 'seminarium-arsmote-2022' }, '/evenemang/seminarium-arsmote-2022'],
    [
      { _type: 'talk', slug: 'inledning', event: { slug: 'seminarium-arsmote-2022' } },
      '/evenemang/seminarium-arsmote-2022/inledning',
    ],
  ])('links to the %o page', (target, href) => {
    render(<RichText value={paragraphWithMark({ _type: 'internalLink', _key: 'm1', target })} />)
    expect(screen.getByRole('link', { name: 'länken' })).toHaveAttribute('href', href)
  })

  // The content layer hands over a target only when it has a page; otherwise the target is null.
  it('renders plain text when the target is missing or has no page', () => {
    const { container } = render(
      <RichText value={paragraphWithMark({ _type: 'internalLink', _key: 'm1', target: null })} />,
    )
    expect(container.querySelector('a')).toBeNull()
    expect(container).toHaveTextContent('Läs länken')
  })
})

describe('RichText blocks', () => {
  const block = (key: string, style: string, text: string, list?: 'bullet' | 'number') => ({
    _type: 'block',
    _key: key,
    style,
    markDefs: [],
    children: [
      { _type: 'span', _key: `${key}s`, text, marks: style === 'normal' && !list ? ['strong'] : [] },
    ],
    ...(list ? { listItem: list, level: 1 } : {}),
  })

  it('renders headings, quotes, paragraphs and lists', () => {
    const { container } = render(
      <RichText
        value={[
          block('a', 'h2', 'Om seminariet'),
          block('b', 'h3', 'Program'),
          block('c', 'normal', 'Välkomna!'),
          block('d', 'blockquote', 'Bergslagen är framtiden.'),
          block('e', 'normal', 'Kaffe', 'bullet'),
          block('f', 'normal', 'Smörgås', 'bullet'),
          block('g', 'normal', 'Öppning', 'number'),
        ]}
      />,
    )
    expect(screen.getByRole('heading', { level: 2, name: 'Om seminariet' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 3, name: 'Program' })).toBeInTheDocument()
    expect(container.querySelector('p > strong')).toHaveTextContent('Välkomna!')
    expect(container.querySelector('blockquote')).toHaveTextContent('Bergslagen är framtiden.')
    expect(container.querySelectorAll('ul > li')).toHaveLength(2)
    expect(container.querySelector('ol > li')).toHaveTextContent('Öppning')
  })

  it('renders nothing for empty content', () => {
    const { container } = render(<RichText value={null} />)
    expect(container).toBeEmptyDOMElement()
  })
})
