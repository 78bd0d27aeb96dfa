import { formatPath } from './parse-structure.ts';
import type { Dataset } from './schema.ts';

/** A name JavaScript reads as an object's prototype: a label keyed by it could never be looked up. */
const RESERVED_LABEL = '__proto__';

/**
 * What is wrong with one piece of a dataset's text, if anything: a control character (Unicode's
 * Cc, U+0000–U+001F and U+007F–U+009F, but tab and line breaks), drawn as a box or not at all,
 * or half of a surrogate pair, a character cut in two (drawn as �). Read by character code: every
 * string of every event passes here.
 */
export function textProblem(value: string, surrogates = true): string | undefined {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f))
      return `must not contain control characters (here U+${hex(c)})`;
    if (!surrogates || c < 0xd800 || c > 0xdfff) continue;
    const next = value.charCodeAt(i + 1);
    if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
    else
      return `contains half of a character (U+${hex(c)}, half of a surrogate pair): the text was cut or mis-encoded`;
  }
  return undefined;
}

const hex = (code: number) => code.toString(16).toUpperCase().padStart(4, '0');

/**
 * Checks every string of the dataset (its values, not its keys) for control characters and
 * characters cut in two, and refuses `__proto__` as an actor or a place. A quote cut through a
 * character is reported by the quote's own check, so quotes are read for controls only, and an
 * `edtf` value with either is refused by the date's own check.
 */
export function checkText(dataset: Dataset, add: (path: string, message: string) => void): void {
  // One path, grown and shrunk as the walk goes: a string's path is written only for a problem.
  const path: PropertyKey[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') {
      const key = path[path.length - 1];
      // An EDTF expression with any such character is refused by the grammar already.
      if (key === 'edtf') return;
      const problem = textProblem(value, key !== 'quote');
      if (problem) add(formatPath(path), problem);
    } else if (typeof value === 'object' && value !== null) {
      const entries: [PropertyKey, unknown][] = Array.isArray(value)
        ? value.map((item, i) => [i, item])
        : Object.entries(value);
      for (const [key, item] of entries) {
        path.push(key);
        walk(item);
        path.pop();
      }
    }
  };
  walk(dataset);
  dataset.events.forEach((event, i) => {
    const named = [
      ...(event.place === undefined ? [] : [[`events[${i}].place`, event.place]]),
      ...event.actors.map((actor, k) => [`events[${i}].actors[${k}]`, actor]),
    ];
    for (const [path = '', name] of named) {
      if (name === RESERVED_LABEL)
        add(
          path,
          `"${RESERVED_LABEL}" cannot be an actor or a place: JavaScript, which reads the dataset, reserves the name, so it could never be given a label; write it another way`,
        );
    }
  });
}
