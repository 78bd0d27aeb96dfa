import type { KeyboardEvent } from 'react';

/** The entry index that ↑ ↓ Home End PageUp PageDown move to, or null for other keys. */
export function targetIndex(key: string, from: number, count: number, page = 10): number | null {
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
      return Math.min(last, from + 1);
    case 'ArrowUp':
      return Math.max(0, from - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return Math.min(last, from + page);
    case 'PageUp':
      return Math.max(0, from - page);
    default:
      return null;
  }
}

/**
 * The entry a key pressed on a list entry moves to (the entry's `data-index`), or null when
 * the key does not move; a key that moves is consumed.
 */
export function entryTarget(
  event: KeyboardEvent<HTMLElement>,
  count: number,
  page?: number,
): number | null {
  if (!(event.target instanceof HTMLElement)) return null;
  const from = Number(event.target.dataset.index);
  if (!Number.isInteger(from)) return null;
  const to = targetIndex(event.key, from, count, page);
  if (to !== null) event.preventDefault();
  return to;
}
