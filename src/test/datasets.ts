import type { Dataset, TimelineEvent } from '../dataset/check/schema.ts';

/** Paragraphs of a small made-up letter that the test events quote. */
export const PARAGRAPHS = [
  { id: 'p1', text: 'Dear Editor' },
  {
    id: 'p2',
    text: 'On 13 December a crowd gathered in the square. Later that day the office was searched. In the evening the office burned.',
  },
  { id: 'p3', text: 'On 14 December the police came back and took the computers.' },
  { id: 'p4', text: 'The group has worked in the region for five years.' },
];

/** A valid event on 13 December, quoting paragraph p2; overrides replace its fields. */
export function makeEvent(overrides: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id: 'office-fire',
    title: 'The office burned',
    edtf: '2014-12-13',
    start: '2014-12-13',
    precision: 'day',
    certainty: 'stated',
    kind: 'violence',
    actors: [],
    sources: [{ paragraph: 'p2', quote: 'In the evening the office burned.' }],
    ...overrides,
  };
}

/** A valid dataset with the given events (by default one). */
export function makeDataset(events: TimelineEvent[] = [makeEvent()]): Dataset {
  return {
    document: {
      title: 'A letter about an office',
      date: '2014-12-16',
      reference: 'Ref 1/2014',
      timeZone: 'Europe/Moscow',
      organisations: [{ name: 'First Group' }, { name: 'Second Group', signatory: 'A. Person' }],
      paragraphs: PARAGRAPHS.map((p) => ({ ...p })),
    },
    events,
  };
}

/**
 * 6,000 events, every thousandth titled "Arson number n", half violence and half harassment:
 * more text than search reads at every keystroke, so an index is wanted and built in slices.
 */
export function makeLargeSearchDataset(): Dataset {
  return makeDataset(
    Array.from({ length: 6_000 }, (_, i) =>
      makeEvent({
        id: `event-${i}`,
        title: i % 1_000 === 0 ? `Arson number ${i}` : `Event ${i}`,
        kind: i < 3_000 ? 'violence' : 'harassment',
      }),
    ),
  );
}
