import { useSyncExternalStore } from 'react';

let printing = false;

/** The print media query, where the platform has one (a test's DOM may not). */
const printMedia = (): MediaQueryList | undefined =>
  typeof window.matchMedia === 'function' ? window.matchMedia('print') : undefined;

/**
 * Whether the page is being printed: from `beforeprint` to `afterprint`, or while print media
 * apply (a print preview, an emulated print). A view that draws only what is on screen draws
 * all of it for paper, where there is no screen to scroll.
 */
export function usePrinting(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const media = printMedia();
      const before = () => {
        printing = true;
        onChange();
      };
      const after = () => {
        printing = false;
        onChange();
      };
      window.addEventListener('beforeprint', before);
      window.addEventListener('afterprint', after);
      media?.addEventListener('change', onChange);
      return () => {
        window.removeEventListener('beforeprint', before);
        window.removeEventListener('afterprint', after);
        media?.removeEventListener('change', onChange);
      };
    },
    () => printing || (printMedia()?.matches ?? false),
    () => false,
  );
}
