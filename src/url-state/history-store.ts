import { createContext, useContext, useSyncExternalStore } from 'react';

/**
 * The session history as the app sees it, and the only writer of it. It also says which
 * history entry is current, as a number (`entry`) that changes with every new entry and every
 * step through history (Back, Forward, a followed fragment link), never with a replace: a
 * write made for one visit of an entry can be dropped once the reader has gone elsewhere, even
 * when Forward brings the same entry back.
 */
export class HistoryStore {
  private visit = 0;
  private stepped = 0;
  private readonly listeners = new Set<() => void>();

  /** `target` is read when first used, so a prerender can make the store without a window. */
  constructor(private readonly given?: Window) {}

  private get target(): Window {
    return this.given ?? window;
  }

  private readonly step = () => {
    this.visit += 1;
    this.stepped += 1;
    this.notify();
  };

  private notify() {
    for (const listener of this.listeners) listener();
  }

  /** Hears of every change of address or entry; the store listens to the page while anyone does. */
  readonly subscribe = (onChange: () => void): (() => void) => {
    if (this.listeners.size === 0) {
      // Capture, so that the entry has moved before any other listener hears of the step.
      this.target.addEventListener('popstate', this.step, true);
      this.target.addEventListener('hashchange', this.step, true);
    }
    this.listeners.add(onChange);
    return () => {
      this.listeners.delete(onChange);
      if (this.listeners.size > 0) return;
      this.target.removeEventListener('popstate', this.step, true);
      this.target.removeEventListener('hashchange', this.step, true);
    };
  };

  /** The current entry: compare it later to tell whether the reader has gone elsewhere. */
  readonly entry = (): number => this.visit;

  /** How many steps through history the reader has taken (Back, Forward, a fragment link). */
  readonly steps = (): number => this.stepped;

  /** A new entry at `url` (Back returns to the current one). */
  push(url: string): void {
    this.visit += 1;
    this.target.history.pushState(null, '', url);
    this.notify();
  }

  /** The current entry, now at `url`: the same entry as far as `entry` is concerned. */
  replace(url: string): void {
    this.target.history.replaceState(this.target.history.state, '', url);
    this.notify();
  }
}

let pageHistory: HistoryStore | undefined;

/** The page's own history, made when first asked for (a prerender never asks). */
function pageHistoryStore(): HistoryStore {
  pageHistory ??= new HistoryStore();
  return pageHistory;
}

/** A history other than the page's (a test's, an embedding's); none means the page's own. */
export const HistoryContext = createContext<HistoryStore | undefined>(undefined);

/** The history the app reads and writes. */
export function useHistoryStore(): HistoryStore {
  return useContext(HistoryContext) ?? pageHistoryStore();
}

/** How many steps through history the reader has taken, as rendered (see `HistoryStore.steps`). */
export function useHistorySteps(): number {
  const history = useHistoryStore();
  return useSyncExternalStore(history.subscribe, history.steps, () => 0);
}
