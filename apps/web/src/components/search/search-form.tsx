import { searchLimits } from '@bergslaget/content/search-terms'

import { routes } from '@/lib/routes'

interface SearchFormProps {
  /** The id of the input, unique on the page (the header's form and the search page's may both be there). */
  id: string
  /** The form's name as a landmark: two search landmarks on one page need different names. */
  name: string
  /** What the box holds: the query of the results shown. */
  query?: string
  /** The label is read, and seen on the search page; the header has no room for it. */
  labelHidden?: boolean
  className?: string
}

/**
 * A plain GET form to the search page: it works without JavaScript, and the results have an address
 * a visitor can keep or share. A server component, so the header stays free of client code.
 */
export function SearchForm({ id, name, query = '', labelHidden = false, className }: SearchFormProps) {
  return (
    <form role="search" aria-label={name} action={routes.search} method="get" className={className}>
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : 'search-form__label'}>
        Sök på webbplatsen
      </label>
      <span className="search-form__controls">
        <input
          id={id}
          type="search"
          name="q"
          defaultValue={query}
          maxLength={searchLimits.characters}
          autoComplete="off"
          enterKeyHint="search"
          className="search-form__input"
        />
        <button type="submit" className="search-form__button">
          Sök
        </button>
      </span>
    </form>
  )
}
