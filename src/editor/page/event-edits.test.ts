import { describe, expect, it } from 'vitest';
import type { ImportedEvent } from '../import-csv-event.ts';
import type { DraftDataset } from './draft-dataset.ts';
import { addImported } from './event-edits.ts';

const event = (id: string): ImportedEvent => ({
  id,
  title: id,
  edtf: '2014-12-13',
  start: '2014-12-13',
  precision: 'day',
  certainty: 'stated',
  kind: 'violence',
  sources: [{ paragraph: 'p1', quote: 'words' }],
});
const dataset = (ids: string[]): DraftDataset => ({
  document: { title: 'T', date: '2014-12-16', timeZone: 'UTC', paragraphs: [] },
  events: ids.map((id) => ({ ...event(id) })),
  extra: 'kept',
});

describe('addImported', () => {
  it('adds the imported events after the draft’s own, an id already taken made unique', () => {
    const next = addImported(dataset(['arson']), [event('arson'), event('raid'), event('raid')]);
    expect(next.events.map((e) => e.id)).toEqual(['arson', 'arson-2', 'raid', 'raid-2']);
    expect(next.extra).toBe('kept');
  });
});
