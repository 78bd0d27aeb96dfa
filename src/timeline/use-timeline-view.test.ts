import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { civilToMs } from '../dates/civil-date.ts';
import { letterDataset } from '../test/render-with-providers.tsx';
import type { UrlState } from '../url-state/url-state.ts';
import { windowToUrl } from '../url-state/url-window.ts';
import { useTimelineView } from './use-timeline-view.ts';

const dataset = letterDataset();
/** The timeline's handle, as EventTimeline gives it. */
const timeline = { current: { setWindow: vi.fn(), showAll: vi.fn() } };
const DEC_1 = civilToMs('2014-12-01');
const DEC_21 = civilToMs('2014-12-21');

function setup(state: UrlState = {}) {
  const navigate = vi.fn();
  const hook = renderHook(({ s }) => useTimelineView(dataset, s, navigate, timeline), {
    initialProps: { s: state },
  });
  return { navigate, hook };
}

describe('useTimelineView', () => {
  beforeEach(() => {
    timeline.current.setWindow.mockClear();
    timeline.current.showAll.mockClear();
  });

  it("shows the link's window, or the dataset's default view without one", () => {
    expect(setup().hook.result.current.view).toEqual(dataset.defaultWindow);
    const { hook } = setup({ start: '2014-12-01', end: '2014-12-21' });
    expect(hook.result.current.view).toEqual({ start: DEC_1, end: DEC_21 });
  });

  it('zooms and pans around the window last asked for, replacing the history entry', () => {
    const { navigate, hook } = setup({ start: '2014-12-01', end: '2014-12-21' });
    let asked = { start: 0, end: 0 };
    act(() => {
      asked = hook.result.current.zoomBy(0.5);
    });
    expect(asked).toEqual({ start: civilToMs('2014-12-06'), end: civilToMs('2014-12-16') });
    expect(navigate).toHaveBeenLastCalledWith(windowToUrl(asked.start, asked.end), {
      replace: true,
    });
    // A pan that follows at once builds on the zoom asked for, not on the window still shown.
    act(() => {
      asked = hook.result.current.panBy(-0.5);
    });
    expect(asked).toEqual({ start: civilToMs('2014-12-01'), end: civilToMs('2014-12-11') });
    expect(navigate).toHaveBeenLastCalledWith(windowToUrl(asked.start, asked.end), {
      replace: true,
    });
  });

  it('"Show all" drops the window from the link and sends the timeline back to the default view', () => {
    const { navigate, hook } = setup({ start: '2014-12-01', end: '2014-12-21' });
    const showAll = vi.mocked(timeline.current.showAll);

    act(() => hook.result.current.showAll());
    expect(navigate).toHaveBeenLastCalledWith(
      { start: undefined, end: undefined },
      { replace: true },
    );
    expect(showAll).toHaveBeenCalledWith(dataset.defaultWindow, true);
  });

  it('sends the timeline to the link’s window when the link changes, and only then', () => {
    const navigate = vi.fn();
    const setWindow = vi.mocked(timeline.current.setWindow);
    const hook = renderHook(({ s }) => useTimelineView(dataset, s, navigate, timeline), {
      initialProps: { s: {} as UrlState },
    });
    setWindow.mockClear();

    hook.rerender({ s: { start: '2014-12-01', end: '2014-12-21' } });
    expect(setWindow).toHaveBeenLastCalledWith({ start: DEC_1, end: DEC_21 }, true);
    hook.rerender({ s: { start: '2014-12-01', end: '2014-12-21', read: 'p1' } });
    expect(setWindow).toHaveBeenCalledTimes(1);
  });

  it('counts a dense view’s items in the window the engine last came to rest in', () => {
    const { hook } = setup({ start: '2014-12-01', end: '2014-12-21' });
    // The letter is not dense: its items follow the link's view, not the engine's rest.
    act(() => hook.result.current.onViewChange({ start: DEC_1, end: DEC_1 + 5e8 }, true, false));
    expect(hook.result.current.itemsView).toEqual({ start: DEC_1, end: DEC_21 });
    expect(hook.result.current.engineWindow()).toEqual({ start: DEC_1, end: DEC_1 + 5e8 });
  });

  it('opens an event in view without moving the window, and one out of view with the window moved to it', () => {
    const { navigate, hook } = setup();
    act(() => hook.result.current.select('jmg-office-arson'));
    expect(navigate).toHaveBeenLastCalledWith({ event: 'jmg-office-arson' });
    act(() => hook.result.current.select('jmg-work-in-chechnya', { read: undefined }));
    // Five years long: the view keeps its width and stays where the event reaches into it.
    expect(navigate).toHaveBeenLastCalledWith({ event: 'jmg-work-in-chechnya', read: undefined });
    act(() => hook.result.current.select('no-such-event'));
    expect(navigate).toHaveBeenLastCalledWith({ event: undefined });

    const away = setup({ start: '2014-01-01', end: '2014-01-21' });
    act(() => away.hook.result.current.select('jmg-office-arson'));
    const arson = dataset.events.find((e) => e.id === 'jmg-office-arson');
    if (!arson) throw new Error('The letter has no arson event');
    const [patch] = away.navigate.mock.lastCall as [UrlState];
    expect(patch.event).toBe('jmg-office-arson');
    const start = civilToMs(patch.start ?? '');
    const end = civilToMs(patch.end ?? '');
    // Moved to the event, keeping the width of the view.
    expect(end - start).toBe(DEC_21 - DEC_1);
    expect(start).toBeLessThan(arson.startMs);
    expect(end).toBeGreaterThan(arson.endMs);
  });

  describe('when the reader pans or zooms the drawing', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it("writes nothing when the view settles on the link's own window (no loop)", () => {
      vi.useFakeTimers();
      const { navigate, hook } = setup({ start: '2014-12-01', end: '2014-12-21' });
      act(() => hook.result.current.onViewChange({ start: DEC_1 + 1000, end: DEC_21 }, true, true));
      act(() => vi.advanceTimersByTime(1000));
      expect(navigate).not.toHaveBeenCalled();
    });
  });

  it('zooms in around the open event, which stays in view, and around the centre with none open', () => {
    const arson = dataset.byId.get('jmg-office-arson');
    if (!arson) throw new Error('no arson');
    const { hook } = setup({ event: arson.id, start: '2014-12-01', end: '2014-12-21' });
    let asked = { start: 0, end: 0 };
    act(() => {
      asked = hook.result.current.zoomBy(0.1);
    });
    expect(asked.end - asked.start).toBe((DEC_21 - DEC_1) * 0.1);
    expect(arson.pointMs).toBeGreaterThan(asked.start);
    expect(arson.pointMs).toBeLessThan(asked.end);
    const none = setup({ start: '2014-12-01', end: '2014-12-21' });
    act(() => {
      asked = none.hook.result.current.zoomBy(0.1);
    });
    expect(asked).toEqual({ start: civilToMs('2014-12-10'), end: civilToMs('2014-12-12') });
  });
});
