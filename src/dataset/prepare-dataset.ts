import type { DatasetLabels } from './dataset-labels.ts';
import { civilToMs, clampToCivilRange, DAY_MS } from '../dates/civil-date.ts';
import { parseHex, readableColor, toHex } from './color-contrast.ts';
import { DEFAULT_KINDS } from './default-kinds.ts';
import { selectQuote } from './quote-selector.ts';
import type { Dataset, DocumentInfo, KindDefinition, TimelineEvent } from './schema.ts';

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

/** Colours for kinds that bring none, taken in turn. */
const FALLBACK_COLORS = DEFAULT_KINDS.map((k) => k.color ?? '#475569');

export function prepareKinds(kinds: readonly KindDefinition[] | undefined): PreparedKind[] {
  return (kinds ?? DEFAULT_KINDS).map((kind, i) => {
    const requested = kind.color ?? FALLBACK_COLORS[i % FALLBACK_COLORS.length] ?? '#475569';
    const color = readableColor(requested) ?? '#475569';
    const prepared: PreparedKind = { id: kind.id, label: kind.label, color };
    if (kind.description !== undefined) prepared.description = kind.description;
    if (kind.translations !== undefined) prepared.translations = kind.translations;
    const given = kind.color === undefined ? undefined : parseHex(kind.color);
    if (kind.color !== undefined && given && toHex(given) !== color)
      prepared.requestedColor = kind.color;
    return prepared;
  });
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
 * The body paragraphs numbered as a reader counts them (lines marked `numbered: false` are
 * skipped, and called heading or closing by where they stand); every paragraph's position.
 */
export function numberParagraphs(paragraphs: readonly { id: string; numbered?: boolean }[]) {
  const paragraphNumber = new Map<string, number>();
  const paragraphPosition = new Map<string, number>();
  const paragraphPart = new Map<string, 'heading' | 'closing'>();
  paragraphs.forEach((p, i) => {
    if (paragraphPosition.has(p.id)) return;
    paragraphPosition.set(p.id, i + 1);
    if (p.numbered === false)
      paragraphPart.set(p.id, paragraphNumber.size === 0 ? 'heading' : 'closing');
    else paragraphNumber.set(p.id, paragraphNumber.size + 1);
  });
  return { paragraphNumber, paragraphPosition, paragraphPart };
}

/**
 * The id a link's event id stands for: itself when an event has it, the event's current id
 * when it is a former one (an alias), or undefined when no event answers to it.
 */
export function resolveEventId(dataset: PreparedDataset, id: string): string | undefined {
  return dataset.byId.has(id) ? id : dataset.canonicalId.get(id);
}

/**
 * The default view: the events that are steps in the story (not the long background spans),
 * with a margin, so that a five-year background does not squash a fortnight into a pixel.
 */
export function fitWindow(events: readonly PreparedEvent[]): Window {
  const steps = events.filter((e) => !e.isBackground);
  const chosen = steps.length > 0 ? steps : events;
  if (chosen.length === 0) {
    const now = Date.UTC(2000, 0, 1);
    return { start: now, end: now + 30 * DAY_MS };
  }
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const e of chosen) {
    start = Math.min(start, e.startMs);
    end = Math.max(end, e.endMs);
  }
  const span = Math.max(end - start, DAY_MS);
  // More room on the right, where the labels of the last events run: half the span, so that a
  // label of about 40 characters beside the last day is drawn whole at 1280 px, in Russian too
  // (whose lane names take more of the width). Checked by e2e/first-screen-labels.spec.ts.
  return clampToCivilRange({
    start: start - Math.max(span * 0.04, DAY_MS / 2),
    end: end + Math.max(span * 0.5, DAY_MS),
  });
}
