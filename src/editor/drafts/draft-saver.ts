import type { UseStore } from 'idb-keyval';
import { loadDraft, saveDraft, type Draft } from './draft-store.ts';

/** Autosave waits this long after the last change (ms), so a run of keys is one write. */
export const SAVE_DELAY_MS = 400;

/** `held`: another tab saved a newer copy since this one loaded; nothing is written over it. */
export type SaverState = 'saved' | 'saving' | 'refused' | 'held';

export interface DraftSaverOptions {
  draft: Draft;
  store?: UseStore;
  delayMs?: number;
  now?: () => number;
  onState: (state: SaverState) => void;
  onSaved: (draft: Draft) => void;
}

export interface DraftSaver {
  /** The dataset as it now is: written once changes pause. */
  schedule: (dataset: unknown) => void;
  /** Writes what is waiting now (pagehide, leaving the page, "try again"). */
  flush: () => Promise<void>;
  /** Writes this tab's copy even over a newer one saved by another tab. */
  overwrite: () => Promise<void>;
  /** This tab took a copy saved elsewhere: it is the new base, and nothing waits. */
  rebase: (draft: Draft) => void;
  pending: () => boolean;
  dispose: () => void;
}

/**
 * Writes one draft as it changes: debounced, one write at a time, and never over a copy that
 * another tab saved after this one's base (that is `held` until the user chooses).
 */
export function createDraftSaver(options: DraftSaverOptions): DraftSaver {
  const { store, delayMs = SAVE_DELAY_MS, now = Date.now, onState, onSaved } = options;
  let base = options.draft;
  let waiting: unknown;
  let hasWaiting = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> | undefined;
  let disposed = false;

  const report = (state: SaverState) => {
    if (!disposed) onState(state);
  };
  const stopTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  async function write(force: boolean): Promise<void> {
    if (!hasWaiting) return;
    const dataset = waiting;
    hasWaiting = false;
    report('saving');
    try {
      const stored = await loadDraft(base.id, store);
      if (!force && stored && stored.updated > base.updated) {
        if (!hasWaiting) [waiting, hasWaiting] = [dataset, true];
        return report('held');
      }
      const updated = Math.max(now(), (stored?.updated ?? base.updated) + 1);
      const draft: Draft = { ...base, dataset, updated };
      await saveDraft(draft, store);
      base = draft;
      if (!disposed) onSaved(draft);
      report(hasWaiting ? 'saving' : 'saved');
    } catch {
      if (!hasWaiting) [waiting, hasWaiting] = [dataset, true];
      report('refused');
    }
  }

  async function run(force: boolean): Promise<void> {
    stopTimer();
    while (writing) await writing;
    writing = write(force).finally(() => (writing = undefined));
    await writing;
  }

  return {
    schedule(dataset) {
      [waiting, hasWaiting] = [dataset, true];
      stopTimer();
      report('saving');
      timer = setTimeout(() => void run(false), delayMs);
    },
    flush: () => run(false),
    overwrite: () => run(true),
    rebase(draft) {
      stopTimer();
      base = draft;
      [waiting, hasWaiting] = [undefined, false];
      report('saved');
    },
    pending: () => hasWaiting || writing !== undefined,
    dispose() {
      stopTimer();
      disposed = true;
    },
  };
}
