import { checkDocumentLimits } from './check-document-limits.ts';
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
  /** Characters in the document's title, in any language: it heads every page. */
  documentTitleLength: 1_000,
  /** Characters in a name, a signatory, a reference, a file name or a time zone. */
  nameLength: 300,
  /** Characters in a description of the source or of a kind, in any language. */
  descriptionLength: 5_000,
  /** Characters in a kind's label, in any language: it names a lane beside the timeline. */
  kindLabelLength: 60,
  /** Characters in an event's date wording: the source's words for the date. */
  dateWordingLength: 1_000,
  /**
   * Characters in an EDTF expression: room for any date, interval or a set of a few dates,
   * and no more (each member of a set costs the grammar about half a millisecond).
   */
  edtfLength: 100,
  /** Characters in a quote's prefix or suffix. */
  contextLength: 1_000,
} as const;

const list = (max: number, says: (count: string, max: string) => string) => ({ max, says });

/** How long each list may be; a longer list is cut to this before its items are read. */
export const LIST_LIMITS = {
  paragraphs: list(10_000, (c, m) => `lists ${c} paragraphs: a document may have at most ${m}`),
  organisations: list(50, (c, m) => `names ${c} organisations: a document may name at most ${m}`),
  translations: list(
    20,
    (c, m) => `gives ${c} languages: words may be translated into at most ${m}`,
  ),
  kinds: list(
    LIMITS.kinds,
    (c, m) => `lists ${c} kinds: a timeline may have at most ${m} (each is a lane)`,
  ),
  aliases: list(20, (c, m) => `gives ${c} former ids: an event may have at most ${m}`),
  actors: list(
    LIMITS.actorsPerEvent,
    (c, m) => `names ${c} actors: an event may name at most ${m}`,
  ),
  sources: list(
    LIMITS.sourcesPerEvent,
    (c, m) => `cites ${c} passages: an event may cite at most ${m}`,
  ),
} as const;

/** A problem with the size or the repetition of a part of the dataset, located by its path. */
export interface LimitProblem {
  path: string;
  message: string;
}

const COUNT = new Intl.NumberFormat('en');
const n = (value: number) => COUNT.format(value);

/** What is wrong with the length of an actor or a place, if anything (its characters: check-text.ts). */
function valueProblem(value: string): string | undefined {
  if (value.length > LIMITS.valueLength)
    return `is ${n(value.length)} characters long: it may be at most ${n(LIMITS.valueLength)}`;
  return undefined;
}

export function checkLength(
  at: () => string,
  field: string,
  text: string | undefined,
  max: number,
  add: (path: string, message: string) => void,
) {
  if (text !== undefined && text.length > max)
    add(`${at()}${field}`, `is ${n(text.length)} characters long: it may be at most ${n(max)}`);
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

  checkDocumentLimits(dataset, add);

  // Once per event of a large dataset: nothing is built for an event within every limit (its
  // path is written only for a problem, sources are compared only when it cites several).
  dataset.events.forEach((event, i) => {
    const at = () => `events[${i}]`;
    if (event.sources.length > 1) {
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
        else add(`${at()}.sources[${j}]`, `repeats sources[${first}]`);
      });
    }
    checkLength(at, '.title', event.title, LIMITS.titleLength, add);
    checkLength(at, '.summary', event.summary, LIMITS.summaryLength, add);
    if (event.translations) {
      for (const [lang, words] of Object.entries(event.translations)) {
        checkLength(at, `.translations.${lang}.title`, words.title, LIMITS.titleLength, add);
        checkLength(at, `.translations.${lang}.summary`, words.summary, LIMITS.summaryLength, add);
      }
    }
    checkLength(at, '.dateWording', event.dateWording, LIMITS.dateWordingLength, add);
    checkLength(at, '.edtf', event.edtf, LIMITS.edtfLength, add);
    event.sources.forEach((source, j) => {
      checkLength(at, `.sources[${j}].prefix`, source.prefix, LIMITS.contextLength, add);
      checkLength(at, `.sources[${j}].suffix`, source.suffix, LIMITS.contextLength, add);
    });
    const placeProblem = event.place === undefined ? undefined : valueProblem(event.place);
    if (placeProblem) add(`${at()}.place`, placeProblem);
    event.actors.forEach((actor, k) => {
      const problem = valueProblem(actor);
      if (problem) add(`${at()}.actors[${k}]`, problem);
    });
  });
  return problems;
}
