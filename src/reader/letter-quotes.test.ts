import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareDataset } from '../dataset/prepare-dataset.ts';
import { makeDataset, makeEvent } from '../test/datasets.ts';
import { readLetterDataset } from '../test/letter.ts';
import { splitByQuotes } from './find-quote-spans.ts';
import { letterQuotes, letterSegments } from './letter-quotes.ts';

/** What the reader showed before: every quote's segments, then the shortest-quoted event of each. */
function reference(text: string, refs: { eventId: string; quote: string; rank: number }[]) {
  const rank = new Map<string, number>();
  for (const r of refs) rank.set(r.eventId, Math.min(rank.get(r.eventId) ?? Infinity, r.rank));
  return splitByQuotes(text, refs).map((s) => ({
    text: s.text,
    start: s.start,
    eventId: [...s.eventIds].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0))[0],
  }));
}

describe('letterSegments', () => {
  it('marks each run with the most specific quote covering it, as the reader always has', () => {
    const text = 'abcabcaab';
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            event: fc.integer({ min: 0, max: 5 }),
            from: fc.nat({ max: 8 }),
            length: fc.integer({ min: 0, max: 9 }),
          }),
          { maxLength: 12 },
        ),
        (picks) => {
          const quotes = picks.map((p) => ({
            eventId: `e${p.event}`,
            quote: text.slice(p.from, p.from + p.length),
          }));
          const rankOf = new Map<string, number>();
          for (const q of quotes)
            rankOf.set(q.eventId, Math.min(rankOf.get(q.eventId) ?? Infinity, q.quote.length));
          const refs = quotes.map((q) => ({ ...q, rank: rankOf.get(q.eventId) ?? 0 }));
          expect(letterSegments(text, refs)).toEqual(reference(text, refs));
        },
      ),
    );
  });

  it('splits a paragraph quoted by 20,000 overlapping events in one sweep', () => {
    const text = 'word '.repeat(4000);
    const refs = Array.from({ length: 20_000 }, (_, i) => ({
      eventId: `e${i}`,
      quote: text.slice((i % 3000) * 5, (i % 3000) * 5 + 100 + (i % 7)),
      rank: 100 + (i % 7),
    }));
    const segments = letterSegments(text, refs);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments[0]?.eventId).toBe('e0');
  });
});

describe('letterQuotes', () => {
  it('indexes a dataset once and keeps the runs of each paragraph', () => {
    const letter = prepareDataset(readLetterDataset());
    const quotes = letterQuotes(letter);
    expect(letterQuotes(letter)).toBe(quotes);
    const p8 = letter.document.paragraphs.find((p) => p.id === 'p8');
    if (!p8) throw new Error('no p8');
    const runs = quotes.segmentsOf(p8.id, p8.text);
    expect(quotes.segmentsOf(p8.id, p8.text)).toBe(runs);
    expect(runs.find((s) => s.eventId === 'jmg-office-arson')?.text).toBe(
      'In the evening, the office of JMG was destroyed by fire caused by an apparent arson attack.',
    );
  });

  it('gives a paragraph no event quotes one plain run', () => {
    const dataset = prepareDataset(makeDataset([makeEvent()]));
    expect(letterQuotes(dataset).segmentsOf('nowhere', 'Plain text.')).toEqual([
      { text: 'Plain text.', start: 0, eventId: undefined },
    ]);
  });
});
