import { useEffect, useState } from 'react';

/** How long typing must pause before the search goes into the link. */
export const TYPING_PAUSE_MS = 400;

/**
 * The search text as it is typed. The link is its owner: the draft follows the link when the
 * link changes ("Clear filters") and at every Back or Forward, even to an entry with the same
 * search (typing not yet written belonged to the entry left), and is written to it, replacing
 * the history entry, once typing pauses.
 */
export function useSearchDraft(linked: string | undefined, write: (q: string | undefined) => void) {
  const [draft, setDraft] = useState(linked ?? '');
  const [seen, setSeen] = useState(linked);
  const [steps, setSteps] = useState(0);
  const [seenSteps, setSeenSteps] = useState(0);
  if (linked !== seen || steps !== seenSteps) {
    setSeen(linked);
    setSeenSteps(steps);
    if ((linked ?? '') !== draft) setDraft(linked ?? '');
  }

  useEffect(() => {
    const onStep = () => setSteps((n) => n + 1);
    window.addEventListener('popstate', onStep);
    return () => window.removeEventListener('popstate', onStep);
  }, []);
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
