import type { $ZodIssue } from 'zod/v4/core';
import { LIST_LIMITS } from './check-limits.ts';
import type { ProblemList } from './problem.ts';
import { datasetShellSchema, eventSchema, type Dataset, type TimelineEvent } from './schema.ts';

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(dataset)' : out;
}

function addIssue(problems: ProblemList, issue: $ZodIssue, at: readonly PropertyKey[]) {
  const path = formatPath([...at, ...issue.path]);
  if ('input' in issue && issue.input === undefined) {
    problems.add(path, `is missing (${issue.message})`);
  } else problems.add(path, issue.message);
}

const COUNT = new Intl.NumberFormat('en');
type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A list longer than its limit, said once and cut to the limit before its items are read: a
 * list of a million wrong items would otherwise be a million problems gathered at once.
 */
function capList(
  owner: Json,
  key: string,
  path: string,
  limit: { max: number; says: (count: string, max: string) => string },
  problems: ProblemList,
): Json {
  const list = owner[key];
  const at = path === '' ? key : `${path}.${key}`;
  if (Array.isArray(list) && list.length > limit.max) {
    problems.add(at, limit.says(COUNT.format(list.length), COUNT.format(limit.max)));
    return { ...owner, [key]: list.slice(0, limit.max) };
  }
  if (key === 'translations' && isObject(list)) {
    const languages = Object.keys(list);
    if (languages.length > limit.max) {
      problems.add(at, limit.says(COUNT.format(languages.length), COUNT.format(limit.max)));
      return {
        ...owner,
        [key]: Object.fromEntries(languages.slice(0, limit.max).map((l) => [l, list[l]])),
      };
    }
  }
  return owner;
}

function capEvent(raw: unknown, at: string, problems: ProblemList): unknown {
  if (!isObject(raw)) return raw;
  let event = raw;
  for (const key of ['aliases', 'actors', 'sources', 'translations'] as const)
    event = capList(event, key, at, LIST_LIMITS[key], problems);
  return event;
}

function capShell(raw: unknown, problems: ProblemList): unknown {
  if (!isObject(raw)) return raw;
  let shell = raw;
  if (isObject(shell.document)) {
    let document = shell.document;
    for (const key of ['paragraphs', 'organisations', 'translations'] as const)
      document = capList(document, key, 'document', LIST_LIMITS[key], problems);
    shell = { ...shell, document };
  }
  if (Array.isArray(shell.kinds)) {
    shell = capList(shell, 'kinds', '', LIST_LIMITS.kinds, problems);
    const kinds = (shell.kinds as unknown[]).map((kind, i) =>
      isObject(kind)
        ? capList(kind, 'translations', `kinds[${i}]`, LIST_LIMITS.translations, problems)
        : kind,
    );
    shell = { ...shell, kinds };
  }
  return shell;
}

/**
 * Reads a parsed JSON value as a dataset's structure: the document and kinds, then each event
 * on its own, every list cut to its limit first. Adds every problem to `problems` and returns
 * the dataset (defaults filled in) only when its structure is right.
 */
export function parseStructure(input: unknown, problems: ProblemList): Dataset | undefined {
  const before = problems.total;
  // Without reportInput every issue's input is undefined, and a wrong type would read as missing.
  const shell = datasetShellSchema.safeParse(capShell(input, problems), { reportInput: true });
  if (!shell.success) for (const issue of shell.error.issues) addIssue(problems, issue, []);
  const list = isObject(input) ? input.events : undefined;
  const events: TimelineEvent[] = [];
  (Array.isArray(list) ? (list as unknown[]) : []).forEach((raw, i) => {
    const capped = capEvent(raw, `events[${i}]`, problems);
    const event = eventSchema.safeParse(capped, { reportInput: true });
    if (event.success) events.push(event.data);
    else for (const issue of event.error.issues) addIssue(problems, issue, ['events', i]);
  });
  if (!shell.success || problems.total > before) return undefined;
  return { ...shell.data, events };
}
