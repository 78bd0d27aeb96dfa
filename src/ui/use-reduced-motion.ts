import { useMediaQuery } from './use-media-query.ts';

/** True when the reader asked for less motion: no animated zooms then. */
export function useReducedMotion(): boolean {
  return useMediaQuery('(prefers-reduced-motion: reduce)', false);
}
