import type { Window } from '../dataset/prepare-dataset.ts';
import { windowsDiffer } from './timeline-window.ts';

/** A window asked for in one history entry (a zoom, a pan, the reader's drag). */
export interface Requested {
  entry: number;
  window: Window;
}

/**
 * The one owner of the visible window between renders: the view the link stands for, the
 * window last asked for in a history entry, where the engine is, and where it last came to
 * rest. React reads the rest (`settled`) through useSyncExternalStore; the other parts are read
 * by commands (zoom, pan, a copied link) when they run.
 */
export class Viewport {
  /** The view the address stands for, and whether the address names it (`start`/`end`). */
  private shown: { view: Window; fromUrl: boolean };
  /** Built on by the next zoom or pan, even while the engine animates there; only in its entry. */
  private requested: Requested | undefined;
  /** Where the engine is, as it last said: what a copied link of the view shows. */
  private engine: Window;
  /** Where the engine last came to rest: the window that dense views count their items in. */
  private settled: Window;
  /** The entry the reader's current drag, wheel or pinch began in; its window is written there. */
  private moving: number | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(view: Window, fromUrl: boolean) {
    this.shown = { view, fromUrl };
    this.engine = view;
    this.settled = view;
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };
  getSettled = () => this.settled;
  engineWindow = () => this.engine;
  view = () => this.shown;

  /** The address's view, once a render that reads it is committed. */
  follow(view: Window, fromUrl: boolean): void {
    this.shown = { view, fromUrl };
  }

  /** A window asked for in `entry`: the next zoom or pan there builds on it. */
  request(entry: number, window: Window): void {
    this.requested = { entry, window };
  }

  /** The window the next zoom, pan or step in `entry` starts from; another entry's is never used. */
  base(entry: number): Window {
    const last = this.requested;
    return last !== undefined && last.entry === entry ? last.window : this.shown.view;
  }

  /**
   * The engine's report of where it is. Returns the entry to write the window into when the
   * reader's own move has come to rest; the engine following the link writes nothing.
   */
  engineMoved(next: Window, settled: boolean, byUser: boolean, entry: number): number | undefined {
    this.engine = next;
    if (settled && windowsDiffer(next, this.settled)) {
      this.settled = next;
      for (const listener of this.listeners) listener();
    }
    if (!byUser) return undefined;
    const began = this.moving ?? entry;
    this.moving = settled ? undefined : began;
    this.requested = { entry: began, window: next };
    return settled ? began : undefined;
  }
}
