/**
 * Moves focus to what `find` returns once React has rendered the next view (a closed panel's
 * list entry, the opened event's heading). The move gives way to the reader: if focus has gone
 * to another control in the meantime (a click, Tab, a screen reader's move), it is dropped, so a
 * late timer never pulls focus back from where the reader put it. Focus that fell to the page
 * or was rescued to a view's home (`data-focus-home`, see focus-keeper.ts) is still moved.
 */
export function focusLater(find: () => HTMLElement | null | undefined): void {
  const from = document.activeElement;
  window.setTimeout(() => {
    const now = document.activeElement;
    const movedByReader =
      now !== from &&
      now !== null &&
      now !== document.body &&
      now.isConnected &&
      !(now instanceof HTMLElement && now.hasAttribute('data-focus-home'));
    if (!movedByReader) find()?.focus();
  }, 0);
}
