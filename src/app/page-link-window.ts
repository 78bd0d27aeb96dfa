import type { PreparedEvent } from '../dataset/prepare-dataset.ts';
import type { Page } from '../url-state/page-path.ts';

/** Up to this many events, every page lists them all; beyond, only the home page does. */
export const PAGE_LINKS_ALL_UP_TO = 40;
/** How many events an event's page lists on each side of its own. */
export const PAGE_LINKS_AROUND = 10;

/**
 * The events a page lists for readers without JavaScript. The home page lists every event
 * once; with more than `PAGE_LINKS_ALL_UP_TO`, another page lists only its event and the
 * `PAGE_LINKS_AROUND` on each side (the letter's page, the first ones) and links the home page
 * for the rest, so a site's size grows with its events, not their square.
 */
export function pageLinkWindow(
  events: readonly PreparedEvent[],
  page: Page,
): { shown: readonly PreparedEvent[]; complete: boolean } {
  if (page.kind === 'home' || events.length <= PAGE_LINKS_ALL_UP_TO) {
    return { shown: events, complete: true };
  }
  const at = page.kind === 'event' ? events.findIndex((e) => e.id === page.id) : -1;
  const from = Math.max(0, at - PAGE_LINKS_AROUND);
  return { shown: events.slice(from, from + 2 * PAGE_LINKS_AROUND + 1), complete: false };
}
