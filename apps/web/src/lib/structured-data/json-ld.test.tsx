import { render } from '@testing-library/react'

import { JsonLd, serializeJsonLd } from './json-ld'

const hostile = 'Seminarium </script><script>alert(1)</script> <!-- & \u2028 \u2029 "citat"'

describe('structured data in a script element', () => {
  it('escapes every character that could end the script, and reads back as the same text', () => {
    const json = serializeJsonLd({ name: hostile })

    expect(json).not.toMatch(/[<>&\u2028\u2029]/)
    expect(JSON.parse(json)).toEqual({ name: hostile })
  })

  it('renders one script with the things in a schema.org graph, whatever their text', () => {
    const { container } = render(<JsonLd things={[{ '@type': 'Event', name: hostile }]} />)
    const scripts = container.querySelectorAll('script')

    expect(scripts).toHaveLength(1)
    expect(scripts[0]?.getAttribute('type')).toBe('application/ld+json')
    expect(JSON.parse(scripts[0]?.textContent ?? '')).toEqual({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'Event', name: hostile }],
    })
  })
})
