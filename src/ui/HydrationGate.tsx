import { useSyncExternalStore, type ReactNode } from 'react';

const noChanges = () => () => undefined;

/**
 * False in a page written ahead (the prerender) and while the app takes it over (hydration),
 * true once the app runs: a click before then would be lost, because nothing listens yet.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noChanges,
    () => true,
    () => false,
  );
}

/**
 * Holds the app's controls disabled until the app runs. A prerendered page shows its buttons,
 * search field and checkboxes before its script has arrived; a disabled fieldset makes every
 * one of them visibly waiting (and unavailable to a screen reader), while its text and its
 * links (which work without the app) stay as they are. It has no box and no role of its own.
 */
export function HydrationGate({ children }: { children: ReactNode }) {
  const hydrated = useHydrated();
  return (
    <fieldset className="hydration-gate" role="none" disabled={!hydrated}>
      {children}
    </fieldset>
  );
}
