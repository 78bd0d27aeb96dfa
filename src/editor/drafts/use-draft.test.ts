import { act, renderHook } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { createStore, type UseStore } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SAVE_DELAY_MS } from './draft-saver.ts';
import { loadDraft, newDraft, saveDraft, type Draft } from './draft-store.ts';
import { useDraft, type UseDraftOptions } from './use-draft.ts';

type Dataset = { document: { title: string } };
const retitle = (title: string) => (dataset: unknown) => ({
  ...(dataset as Dataset),
  document: { ...(dataset as Dataset).document, title },
});
const titleOf = (draft: Draft | undefined) =>
  (draft?.dataset as Dataset | undefined)?.document.title;

/** Reads as the real store does, refuses every write as a full disk does. */
const refusingWrites =
  (store: UseStore): UseStore =>
  (mode, callback) =>
    mode === 'readwrite'
      ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
      : store(mode, callback);

/**
 * Lets IndexedDB and the channel work until the check passes. Testing Library's waitFor cannot:
 * it waits on a setTimeout, which the fake clock holds.
 */
async function until(check: () => unknown): Promise<void> {
  for (let turn = 0; ; turn += 1) {
    try {
      await check();
      return;
    } catch (error) {
      if (turn > 500) throw error;
    }
    await act(() => new Promise<void>((resolve) => setImmediate(resolve)));
  }
}

describe('useDraft', () => {
  let store: UseStore;
  let draft: Draft;
  const open = (id: string, options: UseDraftOptions = {}) =>
    renderHook(() => useDraft(id, { store, ...options }));
  const ready = async (id = draft.id, options: UseDraftOptions = {}) => {
    const hook = open(id, options);
    await until(() => expect(hook.result.current.status).toBe('ready'));
    return hook;
  };

  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.stubGlobal('indexedDB', new IDBFactory());
    store = createStore('source-timeline-drafts', 'drafts');
    draft = newDraft({ document: { title: 'Letter' }, unknownField: [1] });
    await saveDraft(draft, store);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('loads a draft, and says when there is none', async () => {
    const { result } = await ready();
    expect(result.current.draft).toEqual(draft);
    const missing = open('no-such-draft');
    expect(missing.result.current.status).toBe('loading');
    await until(() => expect(missing.result.current.status).toBe('missing'));
  });

  it('saves a change once changes pause, and a new page finds it', async () => {
    const { result, unmount } = await ready();
    act(() => result.current.change(retitle('Letter, edited'), 'title'));
    expect(titleOf(result.current.draft)).toBe('Letter, edited');
    expect(result.current.saveState).toBe('saving');
    await act(() => vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 1));
    expect(titleOf(await loadDraft(draft.id, store))).toBe('Letter');
    await act(() => vi.advanceTimersByTimeAsync(1));
    await until(() => expect(result.current.saveState).toBe('saved'));
    unmount();
    const again = await ready();
    expect(again.result.current.draft?.dataset).toEqual({
      document: { title: 'Letter, edited' },
      unknownField: [1],
    });
  });

  it.each([
    ['pagehide', () => window.dispatchEvent(new Event('pagehide'))],
    [
      'the page hidden',
      () => {
        vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
        document.dispatchEvent(new Event('visibilitychange'));
      },
    ],
  ])('writes at once on %s', async (_, leave) => {
    const { result } = await ready();
    act(() => result.current.change(retitle('Closing'), 'title'));
    act(leave);
    await until(async () => expect(titleOf(await loadDraft(draft.id, store))).toBe('Closing'));
  });

  it('undoes a run of keystrokes as one step, and redoes it', async () => {
    const { result } = await ready();
    for (const title of ['L', 'Le', 'Let']) {
      act(() => result.current.change(retitle(title), 'title'));
      vi.advanceTimersByTime(100);
    }
    act(() => result.current.change(retitle('Summary changed'), 'summary'));
    act(() => result.current.undo());
    expect(titleOf(result.current.draft)).toBe('Let');
    act(() => result.current.undo());
    expect(titleOf(result.current.draft)).toBe('Letter');
    expect(result.current.canUndo).toBe(false);
    act(() => result.current.redo());
    expect(titleOf(result.current.draft)).toBe('Let');
    expect(result.current.canRedo).toBe(true);
  });

  it('says when the browser refuses storage, and keeps the copy in the page', async () => {
    const { result } = await ready(draft.id, { store: refusingWrites(store) });
    act(() => result.current.change(retitle('Unsaved'), 'title'));
    await act(() => vi.advanceTimersByTimeAsync(SAVE_DELAY_MS));
    await until(() => expect(result.current.saveState).toBe('refused'));
    expect(titleOf(result.current.draft)).toBe('Unsaved');
  });

  it('tells two tabs on one draft of each other, and never writes over the newer copy', async () => {
    const first = await ready();
    const second = await ready();
    await until(() => expect(first.result.current.otherTab).toBe(true));
    await until(() => expect(second.result.current.otherTab).toBe(true));

    act(() => first.result.current.change(retitle('From the first tab'), 'title'));
    act(() => second.result.current.change(retitle('From the second tab'), 'title'));
    act(() => second.result.current.saveNow());
    await until(() => expect(second.result.current.saveState).toBe('saved'));
    await act(() => vi.advanceTimersByTimeAsync(SAVE_DELAY_MS));
    await until(() => expect(first.result.current.saveState).toBe('held'));
    expect(titleOf(await loadDraft(draft.id, store))).toBe('From the second tab');
    expect(titleOf(first.result.current.draft)).toBe('From the first tab');

    act(() => first.result.current.takeOtherCopy());
    await until(() => expect(titleOf(first.result.current.draft)).toBe('From the second tab'));
    expect(first.result.current.saveState).toBe('saved');

    second.unmount();
    await until(() => expect(first.result.current.otherTab).toBe(false));
  });

  it("takes the other tab's saved copy when it has nothing waiting itself", async () => {
    const first = await ready();
    const second = await ready();
    act(() => second.result.current.change(retitle('Saved elsewhere'), 'title'));
    act(() => second.result.current.saveNow());
    await until(() => expect(titleOf(first.result.current.draft)).toBe('Saved elsewhere'));
  });
});
