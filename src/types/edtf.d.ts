declare module 'edtf' {
  /** Parses an EDTF (ISO 8601-2) expression; throws on invalid input. */
  export default function edtf(expression: string): unknown;
  /** The parser's defaults; `offset` is how a time without an offset is read (true: the local zone). */
  export const defaults: { offset: boolean | number };
}
