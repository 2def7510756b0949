import type { TextPart } from '@/lib/search/snippet'

/** Text with the words a search found in `<mark>`. */
export function MarkedText({ parts }: { parts: TextPart[] }) {
  return parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : part.text))
}
