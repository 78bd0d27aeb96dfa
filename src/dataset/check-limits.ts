import type { Dataset } from './schema.ts';

/**
 * How large the parts of a dataset may be. Within these bounds a reader's tab stays responsive
 * (a quote is placed, a paragraph drawn, a lane laid out in a moment) and every link the app
 * writes for the dataset is one it accepts back (see the URL parameters' limits).
 */
export const LIMITS = {
  /** Characters in one paragraph of the document. */
  paragraphLength: 50_000,
  /** Passages one event cites. */
  sourcesPerEvent: 20,
  /** Kinds a dataset defines: each is a lane of the timeline and an entry of its legend. */
  kinds: 30,
  /** Characters in an actor or a place: a filter link carries them. */
  valueLength: 200,
  /** Actors one event names: each is a choice of the Actor filter. */
  actorsPerEvent: 100,
  /** Characters in an event's title, in any language: it is drawn, listed and announced. */
  titleLength: 10_000,
  /** Characters in an event's summary, in any language. */
  summaryLength: 50_000,
} as const;

/** A problem with the size or the repetition of a part of the dataset, located by its path. */
export interface LimitProblem {
  path: string;
  message: string;
}

const COUNT = new Intl.NumberFormat('en');
const n = (value: number) => COUNT.format(value);

/** A character a link cannot carry readably: a control character other than tab and line breaks. */
const CONTROL = /[^\P{Cc}\t\n\r]/u;

function checkValue(path: string, value: string, add: (path: string, message: string) => void) {
  if (value.length > LIMITS.valueLength)
    add(path, `is ${n(value.length)} characters long: it may be at most ${n(LIMITS.valueLength)}`);
  else if (CONTROL.test(value)) add(path, 'must not contain control characters');
}

/** Checks the sizes a reader's tab and the app's links depend on, and sources given twice. */
export function checkLimits(dataset: Dataset): LimitProblem[] {
  const problems: LimitProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });

  dataset.document.paragraphs.forEach((paragraph, i) => {
    if (paragraph.text.length > LIMITS.paragraphLength) {
      add(
        `document.paragraphs[${i}].text`,
        `is ${n(paragraph.text.length)} characters long: a paragraph may be at most ${n(LIMITS.paragraphLength)}`,
      );
    }
  });

  const kinds = dataset.kinds?.length ?? 0;
  if (kinds > LIMITS.kinds) {
    add(
      'kinds',
      `lists ${n(kinds)} kinds: a timeline may have at most ${n(LIMITS.kinds)} (each is a lane)`,
    );
  }

  dataset.events.forEach((event, i) => {
    const at = `events[${i}]`;
    if (event.sources.length > LIMITS.sourcesPerEvent) {
      add(
        `${at}.sources`,
        `cites ${n(event.sources.length)} passages: an event may cite at most ${n(LIMITS.sourcesPerEvent)}`,
      );
    }
    const seen = new Map<string, number>();
    event.sources.forEach((source, j) => {
      const key = JSON.stringify([
        source.paragraph,
        source.quote,
        source.prefix ?? '',
        source.suffix ?? '',
      ]);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, j);
      else add(`${at}.sources[${j}]`, `repeats sources[${first}]`);
    });
    const checkLength = (path: string, text: string | undefined, max: number) => {
      if (text !== undefined && text.length > max)
        add(path, `is ${n(text.length)} characters long: it may be at most ${n(max)}`);
    };
    checkLength(`${at}.title`, event.title, LIMITS.titleLength);
    checkLength(`${at}.summary`, event.summary, LIMITS.summaryLength);
    for (const [lang, words] of Object.entries(event.translations ?? {})) {
      checkLength(`${at}.translations.${lang}.title`, words.title, LIMITS.titleLength);
      checkLength(`${at}.translations.${lang}.summary`, words.summary, LIMITS.summaryLength);
    }
    if (event.actors.length > LIMITS.actorsPerEvent) {
      add(
        `${at}.actors`,
        `names ${n(event.actors.length)} actors: an event may name at most ${n(LIMITS.actorsPerEvent)}`,
      );
    }
    if (event.place !== undefined) checkValue(`${at}.place`, event.place, add);
    event.actors.forEach((actor, k) => checkValue(`${at}.actors[${k}]`, actor, add));
  });
  return problems;
}
