import type { ReactNode } from 'react';
import { useHydrated } from './use-hydrated.ts';

/**
 * Holds the app's controls disabled until the app runs. A prerendered page shows its buttons,
 * search field and checkboxes before its script has arrived; a disabled fieldset makes every
 * one of them visibly waiting (and unavailable to a screen reader), while its text and its
 * links (which work without the app) stay as they are. It has no box and no role of its own.
 */
export function HydrationGate({ children }: { children: ReactNode }) {
  // Until the app runs, a click would be lost: nothing listens yet.
  const hydrated = useHydrated();
  return (
    <fieldset className="hydration-gate" role="none" disabled={!hydrated}>
      {children}
    </fieldset>
  );
}
