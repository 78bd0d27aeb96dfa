import type { PreparedDataset } from '../dataset/prepare-dataset.ts';
import type { QuoteSelector } from '../dataset/quote-selector.ts';
import { findQuoteSpan } from './find-quote-spans.ts';

/** A run of a paragraph's text and the event it opens (the most specific quote covering it), if any. */
export interface LetterSegment {
  text: string;
  start: number;
  eventId: string | undefined;
}

interface Ref extends QuoteSelector {
  eventId: string;
  /** The event's shortest quote: where quotes overlap, the most specific one decides. */
  rank: number;
}

interface Span {
  start: number;
  end: number;
  eventId: string;
  rank: number;
  order: number;
}

const before = (a: Span, b: Span) => a.rank - b.rank || a.order - b.order;

/** A binary heap of the quotes open at a point, the most specific on top. */
class SpanHeap {
  private items: Span[] = [];
  get top(): Span | undefined {
    return this.items[0];
  }
  push(span: Span) {
    const items = this.items;
    items.push(span);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const [p, c] = [items[parent], items[i]];
      if (!p || !c || before(p, c) <= 0) break;
      items[parent] = c;
      items[i] = p;
      i = parent;
    }
  }
  pop() {
    const items = this.items;
    const last = items.pop();
    if (last === undefined || items.length === 0) return;
    items[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      const at = (k: number) => items[k] as Span;
      if (l < items.length && before(at(l), at(m)) < 0) m = l;
      if (r < items.length && before(at(r), at(m)) < 0) m = r;
      if (m === i) break;
      [items[i], items[m]] = [at(m), at(i)];
      i = m;
    }
  }
}

/**
 * Splits a paragraph at every quote boundary and gives each run the event to open: of the
 * quotes covering it, the one whose event has the shortest quote, then the first listed. One
 * sweep with a heap: O((q + s) log q) for q quotes, however many overlap.
 */
export function letterSegments(text: string, refs: readonly Ref[]): LetterSegment[] {
  const spans: Span[] = [];
  refs.forEach((ref, order) => {
    const span = findQuoteSpan(text, ref);
    if (span && span.end > span.start)
      spans.push({ ...span, eventId: ref.eventId, rank: ref.rank, order });
  });
  const cuts = new Set<number>([0, text.length]);
  for (const span of spans) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  spans.sort((a, b) => a.start - b.start);
  const open = new SpanHeap();
  const segments: LetterSegment[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? text.length;
    if (end <= start) continue;
    for (let span = spans[next]; span !== undefined && span.start <= start; span = spans[next]) {
      open.push(span);
      next += 1;
    }
    // A quote that has ended never covers a later run: drop it once it reaches the top.
    while (open.top && open.top.end <= start) open.pop();
    segments.push({ text: text.slice(start, end), start, eventId: open.top?.eventId });
  }
  return segments;
}

export interface LetterQuotes {
  /** The runs of one paragraph, computed the first time they are asked for and then kept. */
  segmentsOf: (paragraphId: string, text: string) => LetterSegment[];
}

const cache = new WeakMap<PreparedDataset, LetterQuotes>();

/**
 * The quotes of a dataset, indexed by paragraph once per dataset (not per render): the letter
 * reader asks only for the paragraphs it shows.
 */
export function letterQuotes(dataset: PreparedDataset): LetterQuotes {
  const known = cache.get(dataset);
  if (known) return known;
  const byParagraph = new Map<string, Ref[]>();
  for (const event of dataset.events) {
    let rank = Number.POSITIVE_INFINITY;
    for (const source of event.sources) rank = Math.min(rank, source.quote.length);
    for (const source of event.sources) {
      const list = byParagraph.get(source.paragraph);
      const ref = {
        eventId: event.id,
        quote: source.quote,
        prefix: source.prefix,
        suffix: source.suffix,
        rank,
      };
      if (list) list.push(ref);
      else byParagraph.set(source.paragraph, [ref]);
    }
  }
  const segments = new Map<string, LetterSegment[]>();
  const quotes: LetterQuotes = {
    segmentsOf: (paragraphId, text) => {
      // Paragraph ids are unique in a valid dataset; the text is part of the key all the same.
      const key = `${paragraphId}\u0000${text.length}`;
      let found = segments.get(key);
      if (!found) {
        found = letterSegments(text, byParagraph.get(paragraphId) ?? []);
        segments.set(key, found);
      }
      return found;
    },
  };
  cache.set(dataset, quotes);
  return quotes;
}
