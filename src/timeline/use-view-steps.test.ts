import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { PreparedEvent } from '../dataset/prepare-dataset.ts';
import { letterDataset } from '../test/render-with-providers.tsx';
import type { useTimelineView } from './use-timeline-view.ts';
import { useViewSteps } from './use-view-steps.ts';

const { events } = letterDataset();
const [first, second, third] = events;
if (!first || !second || !third) throw new Error('The letter has fewer than three events');
const last = events.at(-1);

function setup(shown: readonly PreparedEvent[], selected: PreparedEvent | undefined) {
  const view = { select: vi.fn(), zoomBy: vi.fn(), panBy: vi.fn(), showAll: vi.fn() };
  const hook = renderHook(() =>
    useViewSteps(shown, selected, view as unknown as ReturnType<typeof useTimelineView>),
  );
  return { view, hook };
}

describe('useViewSteps', () => {
  it.each([
    ['next with none open: the first shown', events, undefined, 1, first.id],
    ['previous with none open: the last shown', events, undefined, -1, last?.id],
    ['next from an open event', events, second, 1, third.id],
    ['previous from an open event: the one just before', events, third, -1, second.id],
    ['previous from an event hidden by a filter', [first, third], second, -1, first.id],
  ] as const)('steps to %s', (_name, shown, selected, direction, expected) => {
    const { view, hook } = setup(shown, selected);
    act(() => hook.result.current.step(direction));
    expect(view.select).toHaveBeenCalledWith(expected, { read: undefined, about: undefined });
  });

  it('says so at either end instead of moving', () => {
    const { view, hook } = setup(events, last);
    act(() => hook.result.current.step(1));
    expect(view.select).not.toHaveBeenCalled();
    expect(hook.result.current.said).toBe('This is the last event.');
    // Said again: the same words are a new message (StoryStatus keys it by the count).
    const count = hook.result.current.saidCount;
    act(() => hook.result.current.step(1));
    expect(hook.result.current.said).toBe('This is the last event.');
    expect(hook.result.current.saidCount).toBe(count + 1);
  });
});
