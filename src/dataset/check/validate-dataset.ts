import { civilToMs, parseCivilDateTime } from '../../dates/civil-date.ts';
import { civilDateError, loadEdtfReader } from '../../dates/edtf-bounds.ts';
import { DEFAULT_KINDS } from '../default-kinds.ts';
import { checkEventWording } from './check-event-wording.ts';
import { checkLimits, LIMITS } from './check-limits.ts';
import { checkText } from './check-text.ts';
import { parseStructure } from './parse-structure.ts';
import { excerpt, ProblemList, type Problem } from './problem.ts';
import type { Dataset } from './schema.ts';
import { checkLabels } from '../dataset-labels.ts';

export { formatProblem, type Problem } from './problem.ts';
export { formatPath } from './parse-structure.ts';

/** A dataset that fails lists its first problems (MAX_PROBLEMS) and counts them all in `total`. */
export type ValidationResult =
  { ok: true; dataset: Dataset } | { ok: false; problems: Problem[]; total: number };

/** An EDTF mark that a date is not given exactly: approximate (~), uncertain (?) or both (%), or a set. */
const NOT_EXACT = /[~?%[{]/;
/** Precisions that name one day (or a part of it). */
const ONE_DAY: ReadonlySet<string> = new Set(['day', 'part-of-day', 'time']);

/** Half of a UTF-16 surrogate pair, alone: a quote cut through the middle of a character such as an emoji. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * The same civil value however written: 18:00 and 18:00:00 agree, a day and its midnight do not.
 * An identical pair, the usual case, is read once.
 */
function sameCivil(a: string, b: string): boolean {
  const hasTime = (value: string) => value.length > 10;
  const ms = civilToMs(a);
  return (a === b ? !Number.isNaN(ms) : ms === civilToMs(b)) && hasTime(a) === hasTime(b);
}

/**
 * Checks a parsed JSON value against the dataset format: its structure, unique ids and aliases,
 * valid dates that agree with their EDTF expression, `end` not before `start`, known
 * paragraphs, every quote verbatim in its paragraph and picked out once, and the date wording
 * in the source's own words. Returns every problem found; never throws.
 *
 * `shaped` is handed the dataset as soon as its structure is known to be right, before the other
 * checks (see checkDatasetBytes); what it throws is thrown.
 */
export async function validateDataset(
  input: unknown,
  shaped?: (dataset: Dataset) => void,
): Promise<ValidationResult> {
  const problems = new ProblemList();
  const failed = () => ({ ok: false as const, problems: problems.items, total: problems.total });
  const dataset = parseStructure(input, problems);
  if (!dataset) return failed();
  shaped?.(dataset);
  const add = (path: string, message: string) => problems.add(path, message);

  if (!parseCivilDateTime(dataset.document.date)) {
    add('document.date', `"${dataset.document.date}" is not a calendar date`);
  }
  const paragraphs = new Map<string, string>();
  dataset.document.paragraphs.forEach((p, i) => {
    if (paragraphs.has(p.id)) add(`document.paragraphs[${i}].id`, `"${p.id}" is used twice`);
    else paragraphs.set(p.id, p.text);
  });

  if (dataset.events.length === 0) add('events', 'the dataset has no events: list at least one');
  for (const problem of checkLimits(dataset)) add(problem.path, problem.message);
  checkText(dataset, add);
  for (const problem of checkLabels(dataset)) add(problem.path, problem.message);

  const kinds = new Set<string>();
  (dataset.kinds ?? []).forEach((kind, i) => {
    if (kinds.has(kind.id)) add(`kinds[${i}].id`, `"${kind.id}" is used by another kind`);
    kinds.add(kind.id);
  });
  const kindIds = dataset.kinds ? [...kinds] : DEFAULT_KINDS.map((k) => k.id);
  const knownKinds = new Set(kindIds);

  // An expression over its limit is reported by checkLimits and never read by the grammar.
  const readable = (edtf: string) => edtf.length <= LIMITS.edtfLength;
  const readEdtf = await loadEdtfReader(dataset.events.map((e) => e.edtf).filter(readable));
  const ids = new Set<string>();
  const eventIds = new Set(dataset.events.map((e) => e.id));
  /** Former ids already given, and where: an alias names one event only. */
  const aliases = new Map<string, string>();
  dataset.events.forEach((event, i) => {
    // The event's path is written only for a problem: this runs once per event.
    const at = () => `events[${i}]`;
    if (ids.has(event.id)) add(`${at()}.id`, `"${event.id}" is used by another event`);
    ids.add(event.id);
    event.aliases?.forEach((alias, k) => {
      const where = `${at()}.aliases[${k}]`;
      if (eventIds.has(alias))
        add(where, `"${alias}" is the id of an event: an alias must be a former id no event has`);
      else if (aliases.has(alias))
        add(where, `"${alias}" is already an alias, at ${aliases.get(alias) ?? ''}`);
      else aliases.set(alias, where);
    });

    if (!knownKinds.has(event.kind)) {
      add(
        `${at()}.kind`,
        `must be one of ${kindIds.join(', ')}${dataset.kinds ? ' (the dataset’s kinds)' : ''}`,
      );
    }

    if (event.kindBasis !== undefined && !event.kindNote) {
      add(
        `${at()}.kindNote`,
        `is missing: a kind that is ${event.kindBasis === 'call' ? 'an editorial call' : 'the source’s own reading'} needs a note that says so to the reader`,
      );
    }

    const start = civilToMs(event.start);
    const end = event.end === undefined ? start : civilToMs(event.end);
    if (Number.isNaN(start))
      add(`${at()}.start`, `"${event.start}" ${civilDateError(event.start)}`);
    if (event.end !== undefined && Number.isNaN(end)) {
      add(`${at()}.end`, `"${event.end}" ${civilDateError(event.end)}`);
    }
    if (end < start) add(`${at()}.end`, `${event.end ?? ''} is before start ${event.start}`);

    const bounds = readable(event.edtf) ? readEdtf(event.edtf) : { error: '' };
    if ('error' in bounds) {
      if (bounds.error !== '') add(`${at()}.edtf`, `"${excerpt(event.edtf)}" ${bounds.error}`);
    } else if (!Number.isNaN(start) && !Number.isNaN(end)) {
      if (!sameCivil(bounds.min, event.start)) {
        add(
          `${at()}.start`,
          `must be ${bounds.min}, the earliest date "${excerpt(event.edtf)}" allows`,
        );
      }
      if (bounds.max === null) {
        if (!event.ongoing)
          add(`${at()}.ongoing`, `must be true: "${excerpt(event.edtf)}" has an open end`);
        if (event.end === undefined) {
          add(`${at()}.end`, `is missing: an open span is drawn up to its last attested date`);
        }
      } else if (!sameCivil(bounds.max, event.end ?? event.start)) {
        // Without an end, a single day that disagrees is already reported at start.
        if (event.end !== undefined || !sameCivil(bounds.max, bounds.min)) {
          add(
            `${at()}.end`,
            `must be ${bounds.max}, the latest date "${excerpt(event.edtf)}" allows`,
          );
        }
      }
    }

    if (!('error' in bounds)) {
      // The fields that say how much is known must not say more than the EDTF does.
      if (
        ONE_DAY.has(event.precision) &&
        (bounds.max === null || bounds.min.slice(0, 10) !== bounds.max.slice(0, 10))
      )
        add(
          `${at()}.precision`,
          `cannot be ${event.precision}: "${excerpt(event.edtf)}" spans more than one day; use days, month or year`,
        );
      if (
        event.ongoing &&
        bounds.max !== null &&
        sameCivil(bounds.min, bounds.max) &&
        !event.startUnknown
      )
        add(
          `${at()}.ongoing`,
          `cannot be true for the single day "${excerpt(event.edtf)}": give a span ending in .., or mark startUnknown if only the last attested day is known`,
        );
    }
    if (event.startUnknown && event.certainty === 'stated')
      add(
        `${at()}.certainty`,
        'cannot be stated: the source gives no start (startUnknown), so the date is inferred',
      );

    if (!('error' in bounds) && event.certainty === 'stated' && NOT_EXACT.test(event.edtf)) {
      add(
        `${at()}.certainty`,
        `cannot be stated: "${excerpt(event.edtf)}" marks its date as approximate (~), uncertain (?) or one of a set; use approximate or inferred`,
      );
    }

    event.sources.forEach((source, j) => {
      if (LONE_SURROGATE.test(source.quote)) {
        add(
          `${at()}.sources[${j}].quote`,
          'splits a character: it starts or ends with half of a surrogate pair',
        );
      }
    });
    for (const problem of checkEventWording(event, paragraphs, dataset.document.language))
      add(`${at()}${problem.path}`, problem.message);
  });

  return problems.total > 0 ? failed() : { ok: true, dataset };
}
