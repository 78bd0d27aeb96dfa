import { useSyncExternalStore } from 'react';

/**
 * Whether a media query matches now, following its changes. A page written ahead (the
 * prerender) and the hydration that starts on it take `serverValue`; the browser's own
 * answer follows straight after.
 */
export function useMediaQuery(query: string, serverValue: boolean): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const media = window.matchMedia(query);
      media.addEventListener('change', onChange);
      return () => media.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => serverValue,
  );
}
