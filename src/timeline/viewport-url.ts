import type { Window } from '../dataset/prepare-dataset.ts';
import type { Navigate } from '../url-state/use-url-state.ts';
import { serializeUrlState } from '../url-state/url-state.ts';
import { windowToUrl } from '../url-state/url-window.ts';
import { windowsDiffer } from './timeline-window.ts';
import type { Viewport } from './viewport.ts';

/** How long the view must rest before the URL takes its new window. */
export const SETTLE_MS = 300;

/**
 * The one writer of `start`/`end`. Asked windows and "Show all" replace the entry at once; the
 * reader's drag is written once it has rested, into the entry it began in, and only when the
 * link would change (no loop between the URL and the engine).
 */
export class ViewportUrl {
  private pending: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly navigate: Navigate,
    private readonly viewport: Viewport,
  ) {}

  cancel(): void {
    clearTimeout(this.pending);
    this.pending = undefined;
  }

  ask(window: Window): void {
    this.cancel();
    this.navigate(windowToUrl(window.start, window.end), { replace: true });
  }

  drop(): void {
    this.cancel();
    this.navigate({ start: undefined, end: undefined }, { replace: true });
  }

  /** The window as URL values, to go with an event opened in a new entry. */
  patchFor(window: Window) {
    this.cancel();
    return windowToUrl(window.start, window.end);
  }

  rested(next: Window, entry: number): void {
    this.cancel();
    this.pending = setTimeout(() => {
      this.pending = undefined;
      const asUrl = windowToUrl(next.start, next.end);
      const { view, fromUrl } = this.viewport.view();
      const current = windowToUrl(view.start, view.end);
      const moved = serializeUrlState(asUrl) !== serializeUrlState(current);
      if (moved || (!fromUrl && windowsDiffer(next, view))) {
        this.navigate(asUrl, { replace: true, entry });
      }
    }, SETTLE_MS);
  }
}
