declare module 'edtf' {
  /** Parses an EDTF (ISO 8601-2) expression; throws on invalid input. */
  export default function edtf(expression: string): unknown;
}
