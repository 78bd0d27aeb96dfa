import type { ImportedEvent } from '../import-csv-event.ts';
import type { DraftDataset, DraftEvent, DraftSource } from './draft-dataset.ts';

/** A URL-safe slug of a title (`jmg-office-arson`), at most 60 characters, `event` for none. */
export function slugOf(title: string): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'event' : slug;
}

/** An id made from the title, unique among the dataset's other events and their aliases. */
export function eventIdFor(title: string, dataset: DraftDataset, own?: string): string {
  const taken = new Set(
    dataset.events
      .filter((e) => e.id !== own)
      .flatMap((e) => [e.id, ...(Array.isArray(e.aliases) ? (e.aliases as string[]) : [])]),
  );
  const base = slugOf(title);
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

/**
 * A new event from a quote: dated the document's day until the author says otherwise (the
 * checker then asks for the date's own words), of the first kind.
 */
export function addEvent(dataset: DraftDataset, source: DraftSource, kind: string): DraftDataset {
  const id = eventIdFor('event', dataset);
  const event: DraftEvent = {
    id,
    title: '',
    edtf: dataset.document.date,
    start: dataset.document.date,
    precision: 'day',
    certainty: 'inferred',
    kind,
    sources: [source],
  };
  return { ...dataset, events: [...dataset.events, event] };
}

/** The dataset with one event changed; an event whose title changes takes its id from it. */
export function changeEvent(
  dataset: DraftDataset,
  id: string,
  change: (event: DraftEvent) => DraftEvent,
): DraftDataset {
  return {
    ...dataset,
    events: dataset.events.map((event) => {
      if (event.id !== id) return event;
      const next = change(event);
      return next.title === event.title
        ? next
        : { ...next, id: eventIdFor(next.title, dataset, id) };
    }),
  };
}

export function removeEvent(dataset: DraftDataset, id: string): DraftDataset {
  return { ...dataset, events: dataset.events.filter((e) => e.id !== id) };
}

/** Fields the format requires: kept even while empty, so the checker can say so beside them. */
const REQUIRED = new Set(['title', 'edtf', 'kind', 'start', 'precision', 'certainty']);

/** The event with a field set, or left out when the author empties an optional one. */
export function setField(event: DraftEvent, field: string, value: string | string[]): DraftEvent {
  const empty = value === '' || (Array.isArray(value) && value.length === 0);
  if (!empty || REQUIRED.has(field)) return { ...event, [field]: value };
  return Object.fromEntries(
    Object.entries(event).filter(([key]) => key !== field),
  ) as unknown as DraftEvent;
}

/** The dataset with imported events added at the end, each id made unique among the others. */
export function addImported(dataset: DraftDataset, events: readonly ImportedEvent[]): DraftDataset {
  let next = dataset;
  for (const event of events) {
    const taken = next.events.some((e) => e.id === event.id);
    const id = taken ? eventIdFor(event.id, next) : event.id;
    next = { ...next, events: [...next.events, { ...event, id } as DraftEvent] };
  }
  return next;
}
