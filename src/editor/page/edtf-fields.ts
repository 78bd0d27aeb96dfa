import type { EdtfReader } from '../../dates/edtf-bounds.ts';
import type { Certainty, Precision } from '../../dates/date-vocabulary.ts';

/** The date fields of an event that follow from its EDTF value: the author types only that. */
export interface DateFields {
  start: string;
  end?: string;
  precision: Precision;
  ongoing?: true;
  /** The certainty the EDTF marks say (`~` approximate; `?`, `%` or a set inferred), if any. */
  certainty?: Certainty;
}

const DAY = /\d{4}-\d{2}-\d{2}/;
const MONTH = /\d{4}-\d{2}(?!-?\d)/;

/** How finely the expression gives its date, read from what it writes. */
function precisionOf(edtf: string, min: string, max: string | null): Precision {
  if (edtf.includes('T')) return 'time';
  if (DAY.test(edtf)) return max === null || max.slice(0, 10) === min.slice(0, 10) ? 'day' : 'days';
  if (MONTH.test(edtf)) return 'month';
  return 'year';
}

function certaintyOf(edtf: string): Certainty | undefined {
  if (/[?%[{]/.test(edtf)) return 'inferred';
  if (edtf.includes('~')) return 'approximate';
  return undefined;
}

/**
 * The start, end and precision an EDTF value allows, or the reader's error. An open end
 * (`2009~/..`) runs up to `lastAttested` (the document's date) and is marked ongoing.
 */
export function dateFieldsOf(
  edtf: string,
  read: EdtfReader,
  lastAttested: string,
): DateFields | { error: string } {
  const bounds = read(edtf.trim());
  if ('error' in bounds) return bounds;
  const precision = precisionOf(edtf, bounds.min, bounds.max);
  const certainty = certaintyOf(edtf);
  const fields: DateFields = { start: bounds.min, precision };
  if (certainty) fields.certainty = certainty;
  if (bounds.max === null) return { ...fields, end: lastAttested, ongoing: true };
  if (bounds.max !== bounds.min) fields.end = bounds.max;
  return fields;
}
