export interface Option<Value extends string | number = string> {
  title: string
  value: Value
}

/** The Swedish title of a stored option value, for previews. */
export function optionTitle(options: readonly Option<string | number>[], value: unknown): string | undefined {
  return options.find((option) => option.value === value)?.title
}
