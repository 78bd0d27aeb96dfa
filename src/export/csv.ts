/**
 * The characters a spreadsheet may read as the start of a formula (OWASP, CSV injection), with
 * their full-width forms, which some spreadsheets take for them (as `plain-text.ts` does).
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * A cell a spreadsheet will show as text: one that begins with `=`, `+`, `-`, `@` (or their
 * full-width forms), a tab or a carriage return gets a leading apostrophe, so it is never run
 * as a formula.
 */
export function inertCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function quoteCell(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * RFC 4180 CSV: a header row then one row per record, fields quoted when they hold a comma, a
 * quote or a line break (quotes doubled), every line ended by CRLF, the text preceded by a
 * byte-order mark so spreadsheet programs read it as UTF-8 in any locale. Every cell is made
 * inert first (see `inertCell`).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => cells.map((c) => quoteCell(inertCell(c))).join(',');
  return `\uFEFF${[header, ...rows].map(line).join('\r\n')}\r\n`;
}
