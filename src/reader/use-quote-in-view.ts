import { useEffect, useState, type RefObject } from 'react';
import { scrollWithin } from '../ui/scroll-within.ts';

/** A title kept at the panel's top may take at most this share of its height. */
const MAX_PINNED_SHARE = 0.35;

/**
 * Brings the open event's quoted words into its panel's view, even at the end of a long
 * paragraph in a small sheet, and keeps the event's title readable: when the words cannot
 * come into view with the title still in sight, the title is pinned to the panel's top and the
 * words come just under it; a title too tall for that (it would cover the sheet) scrolls away.
 * Returns the pinned title's height in pixels (the panel's scroll padding), else undefined.
 */
export function useQuoteInView(
  panelRef: RefObject<HTMLElement | null>,
  titleRef: RefObject<HTMLElement | null>,
  key: string,
): number | undefined {
  const [pinned, setPinned] = useState<number | undefined>(undefined);
  useEffect(() => {
    const panel = panelRef.current;
    const title = titleRef.current;
    const mark = panel?.querySelector('mark');
    if (!panel || !title || !mark) return;
    const box = panel.getBoundingClientRect();
    const words = mark.getBoundingClientRect();
    if (words.top < box.top) {
      scrollWithin(panel, mark, 48);
      return;
    }
    if (words.bottom <= box.bottom) return;
    const heading = title.getBoundingClientRect();
    const needed = words.bottom - box.bottom + 16;
    // The title at the panel's top (the kind and the close button, above it, scroll away
    // whole rather than half cut), when that brings the words' first two lines into view.
    const titleAtTop = heading.top - box.top - 8;
    const line = parseFloat(getComputedStyle(mark).lineHeight) || 24;
    if (words.top + 2 * line - box.bottom <= titleAtTop) {
      panel.scrollTop += titleAtTop;
      return;
    }
    const pin = heading.height <= box.height * MAX_PINNED_SHARE;
    panel.scrollTop += Math.min(needed, words.top - box.top - (pin ? heading.height + 24 : 48));
    if (pin) setPinned(Math.ceil(heading.height));
  }, [panelRef, titleRef, key]);
  return pinned;
}
