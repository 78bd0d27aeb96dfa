/**
 * Text from a dataset or a link made safe to copy, paste, print or show where the DOM cannot
 * isolate it: the clipboard, the page title, a tooltip, a terminal. Pure, and below every other
 * folder, so the dataset, URL and UI layers and the scripts share one definition.
 */

/**
 * Every character that breaks a line or a field, drives a terminal or a word processor, or
 * steers the order of bidirectional text around it: C0 and C1 controls (TAB, VT, FF, NUL, ESC,
 * NEL…), the line and paragraph separators U+2028 and U+2029, and the explicit embeddings,
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069).
 */
const UNSAFE = /[\p{Cc}\p{Zl}\p{Zp}\u202A-\u202E\u2066-\u2069]/gu;

/** The same characters plus the marks that steer bidirectional text (LRM, RLM, ALM). */
const INVISIBLE_CONTROL = /[\p{Cc}\p{Zl}\p{Zp}\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/gu;

/**
 * A value quoted in a message (a refused link, a format problem, the validator's output) with
 * every control character written out visibly as \uXXXX: what is shown is what was given, and a
 * value can neither reorder the sentence around it nor drive a terminal (ANSI escapes).
 */
export function escapeControls(text: string): string {
  return text.replace(
    INVISIBLE_CONTROL,
    (ch) => `\\u${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

/** One plain single-line field: every unsafe character becomes a space; everything else is kept verbatim. */
export function plainField(text: string): string {
  return text.replace(UNSAFE, ' ');
}

/** Characters a spreadsheet reads as the start of a formula (and their full-width forms). */
const FORMULA_START = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * A cell that a spreadsheet would read as a formula ("=HYPERLINK(…)", "+1", "@SUM…") is made
 * inert by a leading apostrophe, the spreadsheets' own mark for "this is text". Use it on every
 * field or line that may land at the start of a cell.
 */
export function inertForSpreadsheet(field: string): string {
  return FORMULA_START.test(field) ? `'${field}` : field;
}

/**
 * A field shown inside a sentence where only characters can isolate it (the page title, a
 * tooltip): first-strong isolation around it, with every control inside neutralised, so the
 * field can neither close the isolation early nor reorder what surrounds it.
 */
export function isolatedField(text: string): string {
  return `\u2068${plainField(text)}\u2069`;
}

/**
 * Typeset Russian's word joiners (U+2060, after the hyphen of «по-видимому») keep a line whole
 * on screen; where text is read by machines or pasted (a page's head, JSON-LD, a citation)
 * they would only make a search for the word miss, so there the hyphen stands alone.
 */
const JOINERS = /\u2060/g;

/** A head's field: `plainField`, and without word joiners. */
export function headField(text: string): string {
  return plainField(text).replace(JOINERS, '');
}

/** Every string in a JSON value without word joiners (for JSON-LD). */
export function withoutJoiners<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (_key, v: unknown) =>
      typeof v === 'string' ? v.replace(JOINERS, '') : v,
    ),
  ) as T;
}
