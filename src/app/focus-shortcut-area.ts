import type { MouseEvent } from 'react';

/**
 * A click or tap (pointer up: the engine keeps a tap from becoming a click) in an area where the single-key shortcuts act (the timeline, the list, the
 * open event) puts focus there unless it already is, so click-then-→ steps to the next event;
 * focus never stays on the page's body. The area takes focus without scrolling, and shows no
 * ring for a pointer's focus (`:focus-visible`).
 */
export function focusShortcutArea(event: MouseEvent) {
  if (!(event.target instanceof Element)) return;
  const area = event.target.closest<HTMLElement>('[data-shortcut-scope]');
  if (area && !area.contains(document.activeElement)) area.focus({ preventScroll: true });
}
