import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { prepareDataset, type PreparedEvent } from '../dataset/prepare-dataset.ts';
import { useDateWords } from '../i18n/use-date-words.ts';
import { makeDataset, makeEvent } from '../test/datasets.ts';
import type { useTimelineView } from './use-timeline-view.ts';
import { useViewSteps } from './use-view-steps.ts';

/** Five events on five days, in order: e0 … e4. */
const dataset = prepareDataset(
  makeDataset(
    [10, 11, 12, 13, 14].map((day, i) =>
      makeEvent({ id: `e${i}`, edtf: `2014-12-${day}`, start: `2014-12-${day}` }),
    ),
  ),
);
const event = (id: string): PreparedEvent => {
  const found = dataset.byId.get(id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};
/** The filters show e0, e2 and e4; e1 and e3 are hidden. */
const shown = ['e0', 'e2', 'e4'].map(event);
const WINDOW = { start: Date.UTC(2014, 11, 9), end: Date.UTC(2014, 11, 16) };

function fakeView() {
  return {
    select: vi.fn(),
    zoomBy: vi.fn(() => WINDOW),
    panBy: vi.fn(() => WINDOW),
    showAll: vi.fn(),
  };
}

function render(shownEvents: readonly PreparedEvent[], selected: PreparedEvent | undefined) {
  const view = fakeView();
  const hook = renderHook(() => ({
    steps: useViewSteps(
      shownEvents,
      selected,
      view as unknown as ReturnType<typeof useTimelineView>,
    ),
    dates: useDateWords(),
  }));
  return { view, result: hook.result };
}

describe('useViewSteps: Previous and Next event', () => {
  it.each<[string, string | undefined, 1 | -1, string]>([
    ['with nothing open, Next opens the first event shown', undefined, 1, 'e0'],
    ['with nothing open, Previous opens the last event shown', undefined, -1, 'e4'],
    ['Next opens the next event shown', 'e0', 1, 'e2'],
    ['Previous opens the nearest earlier event shown, not the first', 'e4', -1, 'e2'],
    ['from a hidden open event, Next opens the next event shown after it', 'e1', 1, 'e2'],
    ['from a hidden open event, Previous opens the nearest shown before it', 'e3', -1, 'e2'],
  ])('%s', (_, open, direction, expected) => {
    const { view, result } = render(shown, open === undefined ? undefined : event(open));
    act(() => result.current.steps.step(direction));
    expect(view.select).toHaveBeenCalledExactlyOnceWith(expected, {
      read: undefined,
      about: undefined,
    });
    expect(result.current.steps.said).toBe('');
  });

  it.each<[string, 1 | -1, string]>([
    ['e4', 1, 'This is the last event.'],
    ['e0', -1, 'This is the first event.'],
  ])('at %s, a step past the end opens nothing and says so', (open, direction, words) => {
    const { view, result } = render(shown, event(open));
    act(() => result.current.steps.step(direction));
    expect(view.select).not.toHaveBeenCalled();
    expect(result.current.steps.said).toBe(words);
  });

  it('does nothing when the filters show no event', () => {
    const { view, result } = render([], event('e2'));
    act(() => result.current.steps.step(1));
    act(() => result.current.steps.step(-1));
    expect(view.select).not.toHaveBeenCalled();
    expect(result.current.steps.said).toBe('');
  });
});

describe('useViewSteps: zoom, pan and Show all', () => {
  it.each<
    [string, (s: ReturnType<typeof useViewSteps>) => void, 'zoomBy' | 'panBy', number, string]
  >([
    ['Zoom in', (s) => s.zoom(0.5), 'zoomBy', 0.5, 'Zoomed in'],
    ['Zoom out', (s) => s.zoom(2), 'zoomBy', 2, 'Zoomed out'],
    ['Earlier', (s) => s.pan(-0.5), 'panBy', -0.5, 'Earlier'],
    ['Later', (s) => s.pan(0.5), 'panBy', 0.5, 'Later'],
  ])('%s moves the view and says the new window', (_, press, method, amount, words) => {
    const { view, result } = render(shown, undefined);
    act(() => press(result.current.steps));
    expect(view[method]).toHaveBeenCalledExactlyOnceWith(amount);
    const window = result.current.dates.window(WINDOW.start, WINDOW.end);
    expect(window).toMatch(/2014/);
    expect(result.current.steps.said).toBe(`${words}: ${window}`);
  });

  it('Show all asks for the default view and says so; a step then clears what was said', () => {
    const { view, result } = render(shown, undefined);
    act(() => result.current.steps.showAll());
    expect(view.showAll).toHaveBeenCalledOnce();
    expect(result.current.steps.said).toBe('Showing all events.');
    act(() => result.current.steps.step(1));
    expect(result.current.steps.said).toBe('');
  });
});
