import { useCallback, useEffect, useState } from 'react';
import { useHistorySteps } from '../url-state/history-store.ts';

/** How long typing must pause before the search goes into the link. */
export const TYPING_PAUSE_MS = 400;

/** What the reader typed, over which search of the link, and when in their steps through history. */
interface Typed {
  text: string;
  /** The link's search the text was typed over (or written into the link as). */
  over: string | undefined;
  steps: number;
}

/** The link's search for a text in the field: none for a blank field. */
const asLinked = (text: string) => (text.trim() === '' ? undefined : text);

/**
 * The search text as it is typed. The link owns the committed search; the field shows what the
 * reader typed for as long as the link's search is the one it was typed over (or the one this
 * hook wrote) and the reader has not stepped through history. So the draft follows Back and
 * Forward (even to an entry with the same search: typing not yet written belonged to the entry
 * left) and any other change of the link's search ("Clear filters"), while the link catching
 * up with the typing, or a new entry that keeps the search (an event opened), loses nothing.
 * The text is written to the link, replacing the entry, once typing pauses.
 */
export function useSearchDraft(linked: string | undefined, write: (q: string | undefined) => void) {
  const steps = useHistorySteps();
  const [typed, setTyped] = useState<Typed | undefined>(undefined);
  const own = typed !== undefined && typed.steps === steps && typed.over === linked;
  const draft = own ? typed.text : (linked ?? '');
  const settled = asLinked(draft) === linked;

  const setDraft = useCallback(
    (text: string) => setTyped({ text, over: linked, steps }),
    [linked, steps],
  );

  useEffect(() => {
    if (settled) return;
    const timer = window.setTimeout(() => {
      const q = asLinked(draft);
      // The link is about to say what was typed: the text stays the reader's over it.
      setTyped({ text: draft, over: q, steps });
      write(q);
    }, TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [draft, settled, steps, write]);

  return { draft, setDraft, settled };
}
