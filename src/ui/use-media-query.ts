import { useSyncExternalStore } from 'react';

/** Where there is no `matchMedia` (a test's DOM, a very old browser), the server's answer holds. */
const canMatch = () => typeof window !== 'undefined' && typeof window.matchMedia === 'function';

/**
 * Whether a media query matches now, following its changes. A page written ahead (the
 * prerender) and the hydration that starts on it take `serverValue`; the browser's own
 * answer follows straight after.
 */
export function useMediaQuery(query: string, serverValue: boolean): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (!canMatch()) return () => undefined;
      const media = window.matchMedia(query);
      media.addEventListener('change', onChange);
      return () => media.removeEventListener('change', onChange);
    },
    () => (canMatch() ? window.matchMedia(query).matches : serverValue),
    () => serverValue,
  );
}
