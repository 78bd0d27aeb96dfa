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
