/**
 * Focus must never fall to the page's body. When the element that had focus leaves the page
 * (a panel redrawn for the next event, a notice dismissed, an error view replaced by loading),
 * focus moves to the view's home: the last visible element marked `data-focus-home` (the open
 * panel's heading comes after the page's heading), which each view declares for itself.
 * The rescue waits for a task: a popup that closes on `focusout` removes its items while the
 * browser is still moving focus (Tab past a menu's last item), and `activeElement` is the body
 * only for that moment; moving focus then would cancel the reader's Tab.
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
  let pending: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    clearTimeout(pending);
    pending = setTimeout(rescue, 0);
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => {
    root.removeEventListener('focusin', onFocusIn);
    observer.disconnect();
    clearTimeout(pending);
  };
}
