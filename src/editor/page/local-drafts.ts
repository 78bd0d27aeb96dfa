import { useCallback, useEffect, useState } from 'react';

/**
 * A stand-in for the draft store (src/editor/drafts/, built beside this page) with the same
 * contract: a draft saved in the browser on every change, undo and redo. It keeps drafts in
 * localStorage; the store proper keeps them in IndexedDB and replaces this module.
 */
export interface Draft {
  id: string;
  created: number;
  updated: number;
  dataset: unknown;
  documentFile?: { name: string; sha256: string };
}

const KEY = 'source-timeline-draft:';

export async function saveDraft(draft: Draft): Promise<void> {
  window.localStorage.setItem(`${KEY}${draft.id}`, JSON.stringify(draft));
  return Promise.resolve();
}

export async function loadDraft(id: string): Promise<Draft | undefined> {
  const text = window.localStorage.getItem(`${KEY}${id}`);
  return Promise.resolve(text === null ? undefined : (JSON.parse(text) as Draft));
}

interface History {
  past: unknown[];
  future: unknown[];
}

export function useDraft(id: string) {
  const [draft, setDraft] = useState<Draft | undefined>();
  const [status, setStatus] = useState<'loading' | 'ready' | 'missing'>('loading');
  const [history, setHistory] = useState<History>({ past: [], future: [] });
  const [saveState, setSaveState] = useState<'saved' | 'saving' | 'refused'>('saved');

  useEffect(() => {
    let live = true;
    void loadDraft(id).then((found) => {
      if (!live) return;
      setDraft(found);
      setStatus(found ? 'ready' : 'missing');
    });
    return () => {
      live = false;
    };
  }, [id]);

  const put = useCallback((next: Draft) => {
    setDraft(next);
    setSaveState('saving');
    saveDraft(next).then(
      () => setSaveState('saved'),
      () => setSaveState('refused'),
    );
  }, []);

  const change = useCallback(
    (update: (dataset: unknown) => unknown) => {
      if (!draft) return;
      setHistory((h) => ({ past: [...h.past, draft.dataset], future: [] }));
      put({ ...draft, dataset: update(draft.dataset), updated: Date.now() });
    },
    [draft, put],
  );
  const step = useCallback(
    (back: boolean) => {
      const from = back ? history.past : history.future;
      const to = from.at(-1);
      if (!draft || to === undefined) return;
      setHistory(
        back
          ? { past: history.past.slice(0, -1), future: [...history.future, draft.dataset] }
          : { past: [...history.past, draft.dataset], future: history.future.slice(0, -1) },
      );
      put({ ...draft, dataset: to, updated: Date.now() });
    },
    [draft, history, put],
  );
  return {
    draft,
    status,
    change,
    undo: () => step(true),
    redo: () => step(false),
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    saveState,
    otherTab: false,
  };
}
