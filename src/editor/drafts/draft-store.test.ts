import { IDBFactory } from 'fake-indexeddb';
import { createStore, type UseStore } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  deleteDraft,
  listDrafts,
  loadDraft,
  newDraft,
  saveDraft,
  StorageRefused,
} from './draft-store.ts';

const dataset = (title: string, events: number) => ({
  document: { title, paragraphs: [{ id: 'p1', text: 'Words.' }] },
  events: Array.from({ length: events }, (_, index) => ({ id: `e${index}` })),
  futureField: { kept: true },
});

/** A store the browser refuses, as a full disk does. */
const fullStore: UseStore = () =>
  Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

describe('draft store', () => {
  let store: UseStore;
  beforeEach(() => {
    vi.stubGlobal('indexedDB', new IDBFactory());
    store = createStore('source-timeline-drafts', 'drafts');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('keeps a draft exactly, unknown fields included, until it is deleted', async () => {
    const draft = newDraft(
      dataset('A letter', 2),
      { name: 'letter.pdf', sha256: 'ab'.repeat(32) },
      5,
    );
    await saveDraft(draft, store);
    expect(await loadDraft(draft.id, store)).toEqual(draft);
    await deleteDraft(draft.id, store);
    expect(await loadDraft(draft.id, store)).toBeUndefined();
    expect(await listDrafts(store)).toEqual([]);
  });

  it('lists the drafts, the latest changed first, with title and number of events', async () => {
    const older = { ...newDraft(dataset('Older', 1), undefined, 1) };
    const newer = { ...newDraft(dataset('Newer', 3), undefined, 1), updated: 9 };
    const blank = { ...newDraft({}, undefined, 1), updated: 4 };
    for (const draft of [older, newer, blank]) await saveDraft(draft, store);
    expect(await listDrafts(store)).toEqual([
      { id: newer.id, title: 'Newer', updated: 9, events: 3 },
      { id: blank.id, title: '', updated: 4, events: 0 },
      { id: older.id, title: 'Older', updated: 1, events: 1 },
    ]);
  });

  it('gives each new draft its own id', () => {
    expect(newDraft({}).id).not.toBe(newDraft({}).id);
  });

  it.each([
    ['a full disk', fullStore, 'full'],
    [
      'a refused store',
      (() => Promise.reject(new DOMException('no', 'InvalidStateError'))) as UseStore,
      'refused',
    ],
  ])('rejects with StorageRefused on %s', async (_, refusing, reason) => {
    const saving = saveDraft(newDraft({}), refusing);
    await expect(saving).rejects.toBeInstanceOf(StorageRefused);
    await expect(saving).rejects.toMatchObject({ reason });
    await expect(listDrafts(refusing)).rejects.toBeInstanceOf(StorageRefused);
  });
});
