/** How long one slice of index building may hold the main thread. */
const SLICE_MS = 25;
/** Where the browser has no idle callbacks: the pause between two slices built before any search. */
const IDLE_GAP_MS = 50;

/**
 * When the next slice of a search index is built: in the browser's idle time until search is
 * wanted (`hurry`), then one slice after another, leaving the page a turn between them.
 */
export class IndexPace {
  private eager = false;
  private wake: (() => void) | undefined;

  /** Search is wanted (the field has focus, or a search is asked for): build without waiting. */
  hurry(): void {
    if (this.eager) return;
    this.eager = true;
    this.wake?.();
  }

  /** Waits for the next slice's turn; resolves with how long it may take, in milliseconds. */
  next(signal: AbortSignal): Promise<number> {
    return new Promise((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let idle = 0;
      const stopWaiting = () => {
        clearTimeout(timer);
        if (idle !== 0) window.cancelIdleCallback(idle);
        idle = 0;
        this.wake = undefined;
        signal.removeEventListener('abort', abort);
      };
      const go = (ms: number) => {
        stopWaiting();
        resolve(ms);
      };
      const abort = () => {
        stopWaiting();
        reject(signal.reason as Error);
      };
      const soon = () => {
        timer = setTimeout(() => go(SLICE_MS), 0);
      };
      if (signal.aborted) return abort();
      signal.addEventListener('abort', abort, { once: true });
      if (this.eager) return soon();
      this.wake = () => {
        stopWaiting();
        signal.addEventListener('abort', abort, { once: true });
        soon();
      };
      if (typeof window.requestIdleCallback === 'function') {
        // Only while the page has nothing else to do: input and drawing come first.
        idle = window.requestIdleCallback((deadline) =>
          go(Math.min(SLICE_MS, deadline.timeRemaining())),
        );
      } else {
        timer = setTimeout(() => go(SLICE_MS), IDLE_GAP_MS);
      }
    });
  }
}
