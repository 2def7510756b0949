// The benchmarks print their results as Markdown tables, to be pasted into an issue's note as they are.
// Plain ESM.

/**
 * @param {string[]} header
 * @param {string[][]} rows
 * @returns {string} header, rule and rows, each column as wide as its widest cell
 */
export function markdownTable(header, rows) {
  const widths = header.map((_, column) =>
    Math.max(...[header, ...rows].map((cells) => cells[column]?.length ?? 0)),
  )
  /** @param {string[]} cells */
  const line = (cells) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n')
}
