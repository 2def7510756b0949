export const mainContentId = 'huvudinnehall'

export function SkipLink() {
  return (
    <a className="skip-link" href={`#${mainContentId}`}>
      Hoppa till huvudinnehåll
    </a>
  )
}
