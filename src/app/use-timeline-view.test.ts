import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { civilToMs } from '../dates/civil-date.ts';
import { letterDataset } from '../test/render-with-providers.tsx';
import type { UrlState } from '../url-state/url-state.ts';
import { windowToUrl } from '../url-state/url-window.ts';
import { useTimelineView } from './use-timeline-view.ts';

const dataset = letterDataset();
const DEC_1 = civilToMs('2014-12-01');
const DEC_21 = civilToMs('2014-12-21');

function setup(state: UrlState = {}) {
  const navigate = vi.fn();
  const hook = renderHook(({ s }) => useTimelineView(dataset, s, navigate), {
    initialProps: { s: state },
  });
  return { navigate, hook };
}

describe('useTimelineView', () => {
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

  it('"Show all" drops the window from the link and asks the timeline to reset', () => {
    const { navigate, hook } = setup({ start: '2014-12-01', end: '2014-12-21' });
    const before = hook.result.current.resetKey;
    act(() => hook.result.current.showAll());
    expect(navigate).toHaveBeenLastCalledWith(
      { start: undefined, end: undefined },
      { replace: true },
    );
    expect(hook.result.current.resetKey).toBe(before + 1);
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
  });
});
