import { DAY_MS, msToCivil, msToCivilDay } from './civil-date.ts';

/** The earliest and latest civil instants an EDTF expression allows; `max: null` for an open end. */
export interface EdtfBounds {
  min: string;
  max: string | null;
}

export type EdtfReader = (expression: string) => EdtfBounds | { error: string };

const PLAIN_DAY = /^(\d{4}-\d{2}-\d{2})$/;
const PLAIN_DAY_INTERVAL = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/;

/** Plain days and day intervals: most of any large dataset, read without the EDTF grammar. */
function readPlain(expression: string): EdtfBounds | null {
  const day = PLAIN_DAY.exec(expression);
  if (day?.[1]) return { min: day[1], max: day[1] };
  const interval = PLAIN_DAY_INTERVAL.exec(expression);
  if (interval?.[1] && interval[2]) return { min: interval[1], max: interval[2] };
  return null;
}

interface EdtfValue {
  type: string;
  min: number;
  max: number;
  values?: unknown[];
}

function isEdtfValue(value: unknown): value is EdtfValue {
  return typeof value === 'object' && value !== null && 'min' in value && 'max' in value;
}

/** The latest instant of a set or list: the library reports its first member's for sets. */
function latest(value: EdtfValue): number {
  if ((value.type === 'Set' || value.type === 'List') && Array.isArray(value.values)) {
    return Math.max(...value.values.flat().filter(isEdtfValue).map((v) => v.max));
  }
  return value.max;
}

/** A bound at the last millisecond of a day is that day; an exact instant keeps its time. */
function toCivilBound(ms: number): string {
  const msOfDay = ((ms % DAY_MS) + DAY_MS) % DAY_MS;
  return msOfDay === DAY_MS - 1 ? msToCivilDay(ms) : msToCivil(ms);
}

/**
 * Returns a reader of EDTF expressions. The `edtf` library (a parser for the full grammar) is
 * loaded only when the expressions need more than plain days, keeping it off the first load.
 */
export async function loadEdtfReader(expressions: Iterable<string>): Promise<EdtfReader> {
  let needsGrammar = false;
  for (const e of expressions) {
    if (!readPlain(e)) {
      needsGrammar = true;
      break;
    }
  }
  if (!needsGrammar) {
    return (expression) => readPlain(expression) ?? { error: 'is not a valid EDTF date' };
  }
  const { default: edtf } = await import('edtf');
  return (expression) => {
    const plain = readPlain(expression);
    if (plain) return plain;
    try {
      const value: unknown = edtf(expression);
      if (!isEdtfValue(value) || !Number.isFinite(value.min)) {
        return { error: 'has no start: give the earliest date the source allows' };
      }
      const max = latest(value);
      return {
        min: toCivilBound(value.min),
        max: Number.isFinite(max) ? toCivilBound(max) : null,
      };
    } catch {
      return { error: 'is not a valid EDTF date' };
    }
  };
}
