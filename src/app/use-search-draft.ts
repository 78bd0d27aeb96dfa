import { useEffect, useState } from 'react';

/** How long typing must pause before the search goes into the link. */
export const TYPING_PAUSE_MS = 400;

/**
 * The search text as it is typed. The link is its owner: the draft follows the link when the
 * link changes (Back, Forward, "Clear filters"), and is written to it, replacing the history
 * entry, once typing pauses.
 */
export function useSearchDraft(linked: string | undefined, write: (q: string | undefined) => void) {
  const [draft, setDraft] = useState(linked ?? '');
  const [seen, setSeen] = useState(linked);
  if (linked !== seen) {
    setSeen(linked);
    if ((linked ?? '') !== draft) setDraft(linked ?? '');
  }
  const settled = draft === (linked ?? '') || (draft.trim() === '' && linked === undefined);

  useEffect(() => {
    if (settled) return;
    const timer = window.setTimeout(
      () => write(draft.trim() === '' ? undefined : draft),
      TYPING_PAUSE_MS,
    );
    return () => window.clearTimeout(timer);
  }, [draft, settled, write]);

  return { draft, setDraft, settled };
}
