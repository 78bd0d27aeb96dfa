import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { civilToMs } from '../dates/civil-date.ts';
import { letterDataset } from '../test/render-with-providers.tsx';
import { fakeHistory } from '../test/fake-history.ts';
import { useUrlState } from '../url-state/use-url-state.ts';
import { useTimelineView } from './use-timeline-view.ts';

const dataset = letterDataset();
/** The timeline's handle, as EventTimeline gives it. */
const timeline = { current: { setWindow: vi.fn(), showAll: vi.fn() } };
const win = (start: string, end: string) => ({ start: civilToMs(start), end: civilToMs(end) });
const A = '?start=2014-12-01&end=2014-12-21';
const B = '?event=jmg-office-arson&start=2014-12-05&end=2014-12-10';
const DRAGGED = win('2014-12-07', '2014-12-12');

/** The view hook on the real URL hook, over a fake history with entry A then entry B. */
function setup() {
  const history = fakeHistory(`/${A}`);
  const hook = renderHook(() => {
    const url = useUrlState();
    return { url, view: useTimelineView(dataset, url.state, url.navigate, timeline) };
  });
  // B is a new entry, as opening an event out of view makes one.
  act(() =>
    hook.result.current.url.navigate(
      { event: 'jmg-office-arson', start: '2014-12-05', end: '2014-12-10' },
      { replace: false },
    ),
  );
  expect(history.queries()).toEqual([A, B]);
  return { history, view: () => hook.result.current.view };
}

describe('useTimelineView across history entries', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("writes the reader's drag into the entry it was made in, once the view has rested", () => {
    const { history, view } = setup();
    act(() => view().onViewChange(DRAGGED, false, true));
    act(() => view().onViewChange(DRAGGED, true, true));
    act(() => vi.advanceTimersByTime(1_000));
    expect(history.queries()).toEqual([
      A,
      '?event=jmg-office-arson&start=2014-12-07&end=2014-12-12',
    ]);
  });

  it("never writes the engine's own settling: after Back it may still rest on the entry left", () => {
    const { history, view } = setup();
    act(() => history.back());
    // The engine's animation to B ends after the step back to A (a Back and a Forward in quick
    // succession leave it there): what it reports is B's window, not the reader's doing.
    act(() => view().onViewChange(win('2014-12-05', '2014-12-10'), true, false));
    act(() => vi.advanceTimersByTime(1_000));
    expect(history.queries()).toEqual([A, B]);
    expect(view().view).toEqual(win('2014-12-01', '2014-12-21'));
  });

  it('drops a drag begun in one entry that settles after Back has made another current', () => {
    const { history, view } = setup();
    act(() => view().onViewChange(DRAGGED, false, true));
    act(() => history.back());
    act(() => view().onViewChange(DRAGGED, true, true));
    act(() => vi.advanceTimersByTime(1_000));
    expect(history.queries()).toEqual([A, B]);
  });

  it('zooms from the link’s window after Back, not from the window last asked for in the entry left', () => {
    const { history, view } = setup();
    act(() => {
      view().zoomBy(0.5);
    });
    act(() => history.back());
    let asked = { start: 0, end: 0 };
    act(() => {
      asked = view().zoomBy(0.5);
    });
    expect(asked).toEqual(win('2014-12-06', '2014-12-16'));
    expect(history.queries()).toEqual([
      '?start=2014-12-06&end=2014-12-16',
      '?event=jmg-office-arson&start=2014-12-06T06:00&end=2014-12-08T18:00',
    ]);
  });
});
