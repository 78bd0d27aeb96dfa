import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { UseStore } from 'idb-keyval';
import { joinDraftChannel } from './draft-channel.ts';
import {
  canRedo,
  canUndo,
  recordChange,
  redoChange,
  startHistory,
  undoChange,
  type DraftHistory,
} from './draft-history.ts';
import { createDraftSaver, type DraftSaver, type SaverState } from './draft-saver.ts';
import { loadDraft, type Draft } from './draft-store.ts';

/** `held`: another tab saved a newer copy; this tab's changes wait for the user's choice. */
export type SaveState = SaverState;

export interface UseDraftOptions {
  /** Another IndexedDB store (tests); the drafts' own by default. */
  store?: UseStore;
  /** The autosave's pause (ms), and the clock that dates changes and merges keystrokes. */
  saveDelayMs?: number;
  now?: () => number;
}

export interface UseDraft {
  draft: Draft | undefined;
  status: 'loading' | 'ready' | 'missing';
  change: (update: (dataset: unknown) => unknown, label?: string) => void;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  saveState: SaveState;
  /** Another tab has this draft open, or saved it after this tab loaded it. */
  otherTab: boolean;
  /** After `held`: take the other tab's copy (this tab's unsaved changes are dropped)… */
  takeOtherCopy: () => void;
  /** …or write this tab's copy over it. */
  keepThisCopy: () => void;
  /** Writes now what waits (a "Try again" after `refused`). */
  saveNow: () => void;
}

interface Loaded {
  id: string;
  status: 'ready' | 'missing';
  base?: Draft;
  history?: DraftHistory<unknown>;
}

export function useDraft(id: string, options: UseDraftOptions = {}): UseDraft {
  const [settings] = useState(() => options);
  const { store } = settings;
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [otherTabs, setOtherTabs] = useState(0);
  // The history's owner is this ref (changes read it synchronously); `loaded` renders it.
  const historyRef = useRef<DraftHistory<unknown> | undefined>(undefined);
  const saverRef = useRef<DraftSaver | undefined>(undefined);
  const now = settings.now ?? Date.now;

  const show = useCallback((base: Draft) => {
    const history = startHistory(base.dataset);
    historyRef.current = history;
    setLoaded({ id: base.id, status: 'ready', base, history });
  }, []);

  const takeStored = useCallback(async () => {
    const stored = await loadDraft(id, store).catch(() => undefined);
    if (!stored || !saverRef.current) return;
    saverRef.current.rebase(stored);
    show(stored);
  }, [id, store, show]);

  useEffect(() => {
    let live = true;
    let saver: DraftSaver | undefined;
    const channel = joinDraftChannel(id, {
      onOtherTabs: setOtherTabs,
      // A tab with nothing waiting takes the newer copy; one with changes waiting is held.
      onSaved: () => void (saver && !saver.pending() && takeStored()),
    });
    loadDraft(id, store).then(
      (draft) => {
        if (!live) return;
        if (!draft) return setLoaded({ id, status: 'missing' });
        saver = createDraftSaver({
          draft,
          store,
          ...(settings.saveDelayMs === undefined ? {} : { delayMs: settings.saveDelayMs }),
          ...(settings.now ? { now: settings.now } : {}),
          onState: setSaveState,
          onSaved: (saved) => channel.announceSaved(saved.updated),
        });
        saverRef.current = saver;
        setSaveState('saved');
        show(draft);
      },
      () => {
        if (!live) return;
        setSaveState('refused');
        setLoaded({ id, status: 'missing' });
      },
    );
    const flush = () => void saver?.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      live = false;
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
      saver?.dispose();
      saverRef.current = undefined;
      historyRef.current = undefined;
      channel.leave();
    };
  }, [id, store, settings, show, takeStored]);

  const commit = useCallback((next: DraftHistory<unknown>) => {
    if (next === historyRef.current) return;
    historyRef.current = next;
    setLoaded((current) => current && { ...current, history: next });
    saverRef.current?.schedule(next.present);
  }, []);

  const change = useCallback(
    (update: (dataset: unknown) => unknown, label?: string) => {
      const history = historyRef.current;
      if (!history) return;
      commit(recordChange(history, update(history.present), { label, at: now() }));
    },
    [commit, now],
  );
  const undo = useCallback(
    () => historyRef.current && commit(undoChange(historyRef.current)),
    [commit],
  );
  const redo = useCallback(
    () => historyRef.current && commit(redoChange(historyRef.current)),
    [commit],
  );

  const current = loaded?.id === id ? loaded : undefined;
  const base = current?.base;
  const history = current?.history;
  const draft = useMemo(
    () => (base && history ? { ...base, dataset: history.present } : undefined),
    [base, history],
  );
  return {
    draft,
    status: current?.status ?? 'loading',
    change,
    undo,
    redo,
    canUndo: history ? canUndo(history) : false,
    canRedo: history ? canRedo(history) : false,
    saveState,
    otherTab: otherTabs > 0 || saveState === 'held',
    takeOtherCopy: () => void takeStored(),
    keepThisCopy: () => void saverRef.current?.overwrite(),
    saveNow: () => void saverRef.current?.flush(),
  };
}
