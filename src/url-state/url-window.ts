import { CIVIL_RANGE, DAY_MS, msToCivil, msToCivilDay } from '../dates/civil-date.ts';

// The visible window as a link writes it: edges as short as the window's width allows, never
// outside the range a link can be read back from.

/** A window edge, as short as the window's width allows: whole days for wide windows. */
export function serializeInstant(ms: number, windowStart: number, windowEnd: number): string {
  if (windowEnd - windowStart >= 14 * DAY_MS) return msToCivilDay(roundInRange(ms, DAY_MS));
  if (windowEnd - windowStart >= 2 * 60 * 60 * 1000) return msToCivil(roundInRange(ms, 60_000));
  return msToCivil(roundInRange(ms, 1000));
}

/** Rounds to a multiple of `unit`, never out of the civil range (where a link could not be read back). */
function roundInRange(ms: number, unit: number): number {
  const clamped = Math.min(CIVIL_RANGE.end, Math.max(CIVIL_RANGE.start, ms));
  const rounded = Math.round(clamped / unit) * unit;
  if (rounded > CIVIL_RANGE.end) return Math.floor(clamped / unit) * unit;
  if (rounded < CIVIL_RANGE.start) return Math.ceil(clamped / unit) * unit;
  return rounded;
}

/** The window as URL values, rounded as the serialisation rounds it. */
export function windowToUrl(start: number, end: number): { start: string; end: string } {
  const s = serializeInstant(start, start, end);
  let e = serializeInstant(end, start, end);
  if (e === s) e = serializeInstant(end + DAY_MS, start, end);
  return { start: s, end: e };
}
