/**
 * The rows of an RFC 4180 CSV (the form the app's own export writes): a byte-order mark
 * dropped, CRLF or LF line ends, fields in double quotes holding commas, quotes (doubled) and
 * line breaks. Returns undefined for text that is not such a CSV (a quote left open, or a
 * stray quote inside an unquoted field), so nothing is read from a half-broken file.
 */
export function csvRows(text: string): string[][] | undefined {
  const source = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  /** A quoted field just closed: only a comma or a line end may follow. */
  let closed = false;
  const endField = () => {
    row.push(field);
    field = '';
    closed = false;
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let at = 0; at < source.length; at += 1) {
    const c = source[at] as string;
    if (quoted) {
      if (c !== '"') field += c;
      else if (source[at + 1] === '"') [field, at] = [field + '"', at + 1];
      else [quoted, closed] = [false, true];
    } else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[at + 1] === '\n') at += 1;
      endRow();
    } else if (closed || (c === '"' && field !== '')) return undefined;
    else if (c === '"') quoted = true;
    else field += c;
  }
  if (quoted) return undefined;
  if (field !== '' || closed || row.length > 0) endRow();
  return rows;
}
