import { escapeControls } from '../../text/plain-text.ts';

/** One thing wrong with a dataset, located by its path: `events[3].sources[0].quote`. */
export interface Problem {
  path: string;
  message: string;
}

/** One line per problem, with any control character from the dataset written out (\u001B), never raw. */
export function formatProblem(problem: Problem): string {
  return escapeControls(`${problem.path}: ${problem.message}`);
}

/** The most problems a check lists; the others are counted (a reader fixes the first ones first). */
export const MAX_PROBLEMS = 100;

/** Characters of a value a problem quotes, as URL notices do: a 20 MB value is not a message. */
const EXCERPT = 60;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** A value as a problem quotes it: at most 60 characters, then `…` (never half of a character). */
export function excerpt(value: string): string {
  if (value.length <= EXCERPT) return value;
  // The last boundary between whole characters (a flag, an emoji family, a letter and its
  // accents) at or before the limit; past it, only a tower of marks: cut between code points.
  let cut = 0;
  for (const { index } of graphemes.segment(value.slice(0, EXCERPT + 1))) {
    if (index <= EXCERPT) cut = index;
  }
  if (cut === 0) cut = /[\uD800-\uDBFF]/.test(value.charAt(EXCERPT - 1)) ? EXCERPT - 1 : EXCERPT;
  return `${value.slice(0, cut)}…`;
}

/** The problems of a check: the first MAX_PROBLEMS kept, every one counted. */
export class ProblemList {
  readonly items: Problem[] = [];
  total = 0;

  add(path: string, message: string): void {
    this.total++;
    if (this.items.length < MAX_PROBLEMS) this.items.push({ path, message });
  }
}
