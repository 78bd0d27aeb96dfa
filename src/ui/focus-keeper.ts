/**
 * Focus must never fall to the page's body. When the element that had focus leaves the page
 * (a panel redrawn for the next event, a notice dismissed, an error view replaced by loading),
 * focus moves to the view's home: the last visible element marked `data-focus-home` (the open
 * panel's heading comes after the page's heading), which each view declares for itself.
 * Returns a function that stops watching.
 */
export function keepFocus(root: HTMLElement): () => void {
  let last: HTMLElement | null = null;
  const onFocusIn = (event: FocusEvent) => {
    if (event.target instanceof HTMLElement) last = event.target;
  };
  const rescue = () => {
    if (!last || last.isConnected) return;
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    last = null;
    const homes = [...root.querySelectorAll<HTMLElement>('[data-focus-home]')].filter((el) =>
      // (checkVisibility is missing where there is no layout, as in jsdom.)
      typeof el.checkVisibility === 'function' ? el.checkVisibility() : !el.hidden,
    );
    homes[homes.length - 1]?.focus();
  };
  root.addEventListener('focusin', onFocusIn);
  const observer = new MutationObserver(rescue);
  observer.observe(root, { childList: true, subtree: true });
  return () => {
    root.removeEventListener('focusin', onFocusIn);
    observer.disconnect();
  };
}
