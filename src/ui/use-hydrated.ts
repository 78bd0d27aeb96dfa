import { useSyncExternalStore } from 'react';

const noChanges = () => () => undefined;

/**
 * False in a page written ahead (the prerender) and while the app takes it over (hydration),
 * true once the app runs, and true from the start when the app draws the page itself.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noChanges,
    () => true,
    () => false,
  );
}
