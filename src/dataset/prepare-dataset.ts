import type { DatasetLabels } from './dataset-labels.ts';
import { civilToMs, DAY_MS } from '../dates/civil-date.ts';
import { fitWindow } from './fit-window.ts';
import { numberParagraphs } from './number-paragraphs.ts';
import { prepareKinds } from './prepare-kinds.ts';
import { selectQuote } from './quote-selector.ts';
import type { Dataset, DocumentInfo, KindDefinition, TimelineEvent } from './check/schema.ts';

/** Spans longer than this are the background of a story, not a step in it. */
export const BACKGROUND_SPAN_MS = 60 * DAY_MS;

/** An event with what the views need precomputed: its place on the floating axis and in the source. */
export interface PreparedEvent extends TimelineEvent {
  /** Chronological position, 0-based. */
  index: number;
  /** First instant of the start day (or the start time) on the floating axis. */
  startMs: number;
  /** First instant after the event: the day after `end` (or after `start`). */
  endMs: number;
  /** Where the event is drawn when it is a point: within its day, spread in the source's order. */
  pointMs: number;
  /** True when the time within the day is only illustrative (the source gives the day, or the order). */
  illustrativeTime: boolean;
  isRange: boolean;
  isBackground: boolean;
  /** The languages `title` and `summary` are in: the document's from preparation, the reader's where localize-dataset.ts picks a translation. */
  titleLang?: string | undefined;
  summaryLang?: string | undefined;
  /**
   * The reader's words for the event's actors, place and kind where the dataset translates them
   * (localize-dataset.ts): search finds the names the screen shows as well as the labels as written.
   */
  searchWords?: readonly string[] | undefined;
}

export interface Window {
  start: number;
  end: number;
}

/** A kind of event as drawn: its colour is always one that reads against the page. */
export interface PreparedKind {
  id: string;
  label: string;
  description?: string | undefined;
  color: string;
  /** The dataset's own colour, when it was too light to see and `color` is a darker shade of it. */
  requestedColor?: string | undefined;
  translations?: KindDefinition['translations'];
  /** The language `label` is in, once the dataset is localized (see localize-dataset.ts). */
  labelLang?: string | undefined;
}

export interface PreparedDataset {
  document: DocumentInfo;
  /** The dataset's vocabulary of kinds (or the default one), in the order lanes are drawn. */
  kinds: PreparedKind[];
  kindIds: ReadonlySet<string>;
  kindById: ReadonlyMap<string, PreparedKind>;
  events: PreparedEvent[];
  byId: Map<string, PreparedEvent>;
  /** Former ids (`aliases`) and the id each now has. */
  canonicalId: Map<string, string>;
  /** The number a reader gives each body paragraph (1, 2, …); heading and closing lines have none. */
  paragraphNumber: Map<string, number>;
  /** Every paragraph's place in the document, from 1, numbered or not. */
  paragraphPosition: Map<string, number>;
  /** The unnumbered lines: before the first numbered paragraph the heading, after it the closing. */
  paragraphPart: Map<string, 'heading' | 'closing'>;
  /** The dataset's one dictionary of its actor and place labels in other languages. */
  labels: DatasetLabels | undefined;
  defaultWindow: Window;
}

function hasTime(value: string): boolean {
  return value.length > 10;
}

/** The position of an event's first quote in the document: paragraph, then offset. */
function sourcePosition(
  event: TimelineEvent,
  paragraphIndex: Map<string, number>,
  texts: Map<string, string>,
) {
  const first = event.sources[0];
  if (!first) return [Number.MAX_SAFE_INTEGER, 0] as const;
  const paragraph = paragraphIndex.get(first.paragraph) ?? Number.MAX_SAFE_INTEGER;
  const text = texts.get(first.paragraph);
  const offset = text === undefined ? 0 : (selectQuote(text, first)?.start ?? 0);
  return [paragraph, offset] as const;
}

/**
 * Orders events by date and, within the same start, by their place in the source: the source's
 * order is the only order it states for "later that day" and "in the evening". The dataset's
 * events are extended in place: pass a dataset fresh from validation.
 */
export function prepareDataset(dataset: Dataset): PreparedDataset {
  const paragraphIndex = new Map<string, number>();
  const texts = new Map<string, string>();
  dataset.document.paragraphs.forEach((p, i) => {
    if (!paragraphIndex.has(p.id)) paragraphIndex.set(p.id, i);
    texts.set(p.id, p.text);
  });

  const keyed = dataset.events.map((event) => {
    const startMs = civilToMs(event.start);
    const lastMs = civilToMs(event.end ?? event.start);
    const endMs = hasTime(event.end ?? event.start) ? Math.max(lastMs, startMs) : lastMs + DAY_MS;
    const [paragraph, offset] = sourcePosition(event, paragraphIndex, texts);
    return { event, startMs, endMs, paragraph, offset };
  });
  keyed.sort((a, b) => a.startMs - b.startMs || a.paragraph - b.paragraph || a.offset - b.offset);

  // Points on the same day are spread across it in the source's order.
  const perDay = new Map<number, number>();
  for (const k of keyed) {
    if (!hasTime(k.event.start)) perDay.set(k.startMs, (perDay.get(k.startMs) ?? 0) + 1);
  }
  const seenPerDay = new Map<number, number>();

  const events: PreparedEvent[] = keyed.map((k, index) => {
    const isRange = k.endMs - k.startMs > DAY_MS;
    let pointMs = k.startMs;
    const illustrativeTime = !hasTime(k.event.start);
    if (illustrativeTime) {
      const n = perDay.get(k.startMs) ?? 1;
      const seen = seenPerDay.get(k.startMs) ?? 0;
      seenPerDay.set(k.startMs, seen + 1);
      pointMs = k.startMs + Math.round(((seen + 1) / (n + 1)) * DAY_MS);
    }
    // The validated events are fresh copies owned by this dataset: extending them in place
    // instead of copying them again halves the memory a large dataset needs.
    // The dataset's own words are in the document's language until a reader's language picks
    // a translation (localize-dataset.ts), which then leaves an untranslated event as it is.
    const language = dataset.document.language;
    return Object.assign(k.event, {
      ...(language === undefined
        ? {}
        : {
            titleLang: language,
            ...(k.event.summary === undefined ? {} : { summaryLang: language }),
          }),
      index,
      startMs: k.startMs,
      endMs: k.endMs,
      pointMs,
      illustrativeTime,
      isRange,
      isBackground: k.endMs - k.startMs > BACKGROUND_SPAN_MS,
    });
  });

  const { paragraphNumber, paragraphPosition, paragraphPart } = numberParagraphs(
    dataset.document.paragraphs,
  );

  const kinds = prepareKinds(dataset.kinds);
  return {
    document: dataset.document,
    kinds,
    kindIds: new Set(kinds.map((k) => k.id)),
    kindById: new Map(kinds.map((k) => [k.id, k])),
    events,
    byId: new Map(events.map((e) => [e.id, e])),
    canonicalId: new Map(
      events.flatMap((e) => (e.aliases ?? []).map((alias) => [alias, e.id] as const)),
    ),
    paragraphNumber,
    paragraphPosition,
    paragraphPart,
    labels: dataset.labels,
    defaultWindow: fitWindow(events),
  };
}

/**
 * The id a link's event id stands for: itself when an event has it, the event's current id
 * when it is a former one (an alias), or undefined when no event answers to it.
 */
export function resolveEventId(dataset: PreparedDataset, id: string): string | undefined {
  return dataset.byId.has(id) ? id : dataset.canonicalId.get(id);
}
