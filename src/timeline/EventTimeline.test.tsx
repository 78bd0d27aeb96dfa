import { act, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { civilToMs } from '../dates/civil-date.ts';
import type { Window } from '../dataset/prepare-dataset.ts';
import { createRef } from 'react';
import {
  EventTimeline,
  type EventTimelineHandle,
  type EventTimelineProps,
} from './EventTimeline.tsx';

type Handler = (event: { start: Date; end: Date; byUser?: boolean }) => void;

const { FakeEngine } = vi.hoisted(() => {
  /**
   * A stand-in for the engine that animates like vis-timeline: `setWindow` starts on the window
   * it is on and moves only when `frame` is called, reporting each change as vis-timeline does.
   */
  class FakeEngine {
    static last: FakeEngine | undefined;
    window: Window;
    sentTo: Window[] = [];
    handlers = new Map<string, Handler>();
    constructor(_container: unknown, _items: unknown, options: { start: Date; end: Date }) {
      this.window = { start: options.start.getTime(), end: options.end.getTime() };
      FakeEngine.last = this;
    }
    on(name: string, handler: Handler) {
      this.handlers.set(name, handler);
    }
    off(name: string, handler: Handler) {
      if (this.handlers.get(name) === handler) this.handlers.delete(name);
    }
    /** The engine's `changed`: it has drawn. */
    draw() {
      (this.handlers.get('changed') as (() => void) | undefined)?.();
    }
    getWindow() {
      return { start: new Date(this.window.start), end: new Date(this.window.end) };
    }
    setWindow(start: Date, end: Date) {
      this.sentTo.push({ start: start.getTime(), end: end.getTime() });
    }
    /** The animation's last frame: the engine is where it was last sent. */
    frame() {
      const to = this.sentTo.at(-1);
      if (!to) return;
      this.window = to;
      const event = { start: new Date(to.start), end: new Date(to.end), byUser: false };
      this.handlers.get('rangechange')?.(event);
      this.handlers.get('rangechanged')?.(event);
    }
    /** What the engine was given, in order: its lanes and items (their DataSets). */
    given: string[] = [];
    setGroups() {
      this.given.push('lanes');
    }
    setItems() {
      this.given.push('items');
    }
    setSelection() {}
    setOptions() {}
    redraw() {}
    destroy() {}
    /** The engine's own size check (vis-timeline's Core sets it in `_startAutoResize`). */
    resizeChecks = 0;
    _onResize() {
      this.resizeChecks += 1;
    }
  }
  return { FakeEngine };
});

vi.mock('vis-timeline/esnext', () => ({ Timeline: FakeEngine }));

const win = (start: string, end: string) => ({ start: civilToMs(start), end: civilToMs(end) });
const A = win('2014-12-01', '2014-12-21');
const B = win('2014-12-05', '2014-12-10');

function props(view: Window, onViewChange = vi.fn()): EventTimelineProps {
  return {
    lanes: [],
    items: [],
    selectedId: undefined,
    view,
    onSelect: () => undefined,
    onOpenCluster: () => undefined,
    onViewChange,
  };
}

describe('EventTimeline', () => {
  beforeEach(() => {
    FakeEngine.last = undefined;
    vi.stubGlobal('matchMedia', () => ({
      matches: false,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }));
  });

  /** A timeline with its handle, as the viewport's owner drives it. */
  function drawn(view: Window, onViewChange = vi.fn()) {
    const handle = createRef<EventTimelineHandle>();
    render(<EventTimeline {...props(view, onViewChange)} ref={handle} />);
    const engine = FakeEngine.last;
    if (!engine || !handle.current) throw new Error('no engine');
    return { engine, handle: handle.current };
  }

  it('sends the engine back when the view returns before its animation has moved (Back, then Forward)', () => {
    const onViewChange = vi.fn();
    const { engine, handle } = drawn(A, onViewChange);
    handle.setWindow(B, true);
    // The engine is still on A (no frame yet) when the view comes back to A.
    handle.setWindow(A, true);
    expect(engine.sentTo).toEqual([B, A]);
    engine.frame();
    expect(engine.window).toEqual(A);
    expect(onViewChange).toHaveBeenLastCalledWith(A, true, false);
  });

  it('does not send the engine again to the window it is already going to', () => {
    const { engine, handle } = drawn(A);
    handle.setWindow(B, true);
    handle.setWindow({ ...B }, true);
    expect(engine.sentTo).toEqual([B]);
  });

  it('"Show all" sends the engine again to a window it was sent to but has not reached', () => {
    const { engine, handle } = drawn(A);
    handle.setWindow(B, false);
    handle.setWindow(B, false);
    expect(engine.sentTo).toEqual([B]);
    // The engine is still on A: "Show all" looks at where it is, not where it was sent.
    handle.showAll(B, false);
    expect(engine.sentTo).toEqual([B, B]);
    engine.frame();
    handle.showAll(B, false);
    expect(engine.sentTo).toEqual([B, B]);
  });

  it('runs the engine’s own size check in the frame after its container changes size (not at the first report), and stops watching with it', async () => {
    let notify: (() => void) | undefined;
    const observed: Element[] = [];
    const disconnect = vi.fn();
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: () => void) {
          notify = callback;
        }
        observe(element: Element) {
          observed.push(element);
        }
        disconnect = disconnect;
      },
    );
    const view = render(<EventTimeline {...props(A)} />);
    expect(observed).toHaveLength(1);
    // The observer's first report is the size the engine has just drawn at: no check.
    notify?.();
    await new Promise((done) => requestAnimationFrame(done));
    expect(FakeEngine.last?.resizeChecks).toBe(0);
    notify?.();
    // In the next frame: a task of its own.
    expect(FakeEngine.last?.resizeChecks).toBe(0);
    await new Promise((done) => requestAnimationFrame(done));
    expect(FakeEngine.last?.resizeChecks).toBe(1);
    view.unmount();
    expect(disconnect).toHaveBeenCalled();
    vi.unstubAllGlobals();
  });

  it('tells the reader’s own moves from the engine following the view', () => {
    const onViewChange = vi.fn();
    render(<EventTimeline {...props(A, onViewChange)} />);
    const drag = { start: new Date(B.start), end: new Date(B.end), byUser: true };
    FakeEngine.last?.handlers.get('rangechange')?.(drag);
    expect(onViewChange).toHaveBeenLastCalledWith(B, false, true);
  });

  const lane = { id: 'violence', label: 'Violence', className: 'kind--violence' };
  const item = {
    id: 'e1',
    group: 'violence',
    type: 'point' as const,
    start: civilToMs('2014-12-04'),
    label: 'Deadly insurgent attack on Grozny',
    className: 'kind--violence',
  };

  it('on a page written ahead, shows the first view in plain markup until the engine has drawn', () => {
    const ui = <EventTimeline {...props(A)} lanes={[lane]} items={[item]} />;
    // The page as the build writes it, then the app taking it over.
    const written = new DOMParser().parseFromString(`<div>${renderToString(ui)}</div>`, 'text/html')
      .body.firstElementChild;
    if (!(written instanceof HTMLElement)) throw new Error('no page');
    const container = document.adoptNode(written);
    document.body.append(container);
    vi.useFakeTimers();
    render(ui, { container, hydrate: true });
    // One layout per width of the box; the page's width shows one.
    expect(screen.getAllByText('Deadly insurgent attack on Grozny').length).toBeGreaterThan(1);
    const frame = container.querySelector('.event-timeline-frame');
    expect(frame?.classList.contains('is-waiting')).toBe(true);
    // A frame the engine draws before its first items are written does not replace the page's.
    act(() => FakeEngine.last?.draw());
    expect(frame?.classList.contains('is-waiting')).toBe(true);
    act(() => vi.runAllTimers());
    vi.useRealTimers();
    act(() => FakeEngine.last?.draw());
    expect(screen.queryByText('Deadly insurgent attack on Grozny')).toBeNull();
    expect(frame?.classList.contains('is-waiting')).toBe(false);
  });

  it('is given its lanes and items in a task after the one that builds it', () => {
    vi.useFakeTimers();
    render(<EventTimeline {...props(A)} lanes={[lane]} items={[item]} />);
    const engine = FakeEngine.last;
    expect(engine?.given).toEqual([]);
    act(() => vi.advanceTimersToNextTimer());
    expect(engine?.given).toEqual(['lanes', 'items']);
    vi.useRealTimers();
  });

  it('draws no preview when the app draws the page itself: the engine draws a frame later', () => {
    const { container } = render(<EventTimeline {...props(A)} lanes={[lane]} items={[item]} />);
    expect(screen.queryByText('Deadly insurgent attack on Grozny')).toBeNull();
    expect(container.querySelector('.event-timeline-frame.is-waiting')).not.toBeNull();
  });
});
