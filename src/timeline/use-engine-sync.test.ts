import { renderHook } from '@testing-library/react';
import { DataSet } from 'vis-data/esnext';
import { describe, expect, it, vi } from 'vitest';
import type { TimelineItemSpec } from './to-timeline-items.ts';
import { MAX_HEIGHT } from './timeline-geometry.ts';
import {
  ITEMS_PER_TASK,
  sliceLimit,
  startSync,
  syncLanesAndItems,
  useEngineSync,
} from './use-engine-sync.ts';
import type { Engine } from './use-timeline-engine.ts';
import { diffById, type VisGroup, type VisItem } from './vis-adapter.ts';

function engineWithSpies() {
  const items = new DataSet<VisItem>();
  const groups = new DataSet<VisGroup>();
  const calls: string[] = [];
  for (const [name, set] of [
    ['items', items],
    ['groups', groups],
  ] as const) {
    for (const method of ['update', 'remove'] as const) {
      const original = set[method].bind(set) as (arg: unknown) => unknown;
      vi.spyOn(set, method).mockImplementation(((arg: unknown) => {
        calls.push(`${name}.${method}`);
        return original(arg);
      }) as never);
    }
  }
  const engine = {
    items,
    groups,
    drawnItems: new Map(),
    drawnLanes: new Map(),
  } as unknown as Engine;
  return { engine, items, groups, calls };
}

const lane = (id: string, label = id) => ({ id, label, className: `kind--${id}` });
const item = (id: string, group: string, label = id): TimelineItemSpec => ({
  id,
  group,
  type: 'point',
  start: 0,
  label,
  className: `kind--${group}`,
});

describe('syncLanesAndItems', () => {
  it('adds lanes before their items and removes them after their items have gone', () => {
    const { engine, calls } = engineWithSpies();
    syncLanesAndItems(engine, [lane('a')], [item('e1', 'a')]);
    expect(calls).toEqual(['groups.update', 'items.update']);
    calls.length = 0;
    syncLanesAndItems(engine, [lane('b')], [item('e2', 'b')]);
    expect(calls).toEqual(['groups.update', 'items.remove', 'items.update', 'groups.remove']);
  });

  it('redraws only what changed: a renamed lane, a retitled item', () => {
    const { engine, items, groups, calls } = engineWithSpies();
    syncLanesAndItems(engine, [lane('a'), lane('b')], [item('e1', 'a'), item('e2', 'b')]);
    calls.length = 0;
    syncLanesAndItems(
      engine,
      [lane('a'), lane('b', 'Bee')],
      [item('e1', 'a'), item('e2', 'b', 'Two')],
    );
    expect(vi.mocked(groups.update).mock.lastCall?.[0]).toHaveLength(1);
    expect(vi.mocked(items.update).mock.lastCall?.[0]).toHaveLength(1);
    expect(items.get('#e2')?.content.textContent).toBe('Two');
    expect(groups.get('#b')?.content.textContent).toBe('Bee');
    expect(calls).toEqual(['groups.update', 'items.update']);
  });

  it('moves a lane whose place changed', () => {
    const { engine, groups } = engineWithSpies();
    syncLanesAndItems(engine, [lane('a'), lane('b')], []);
    syncLanesAndItems(engine, [lane('b'), lane('a')], []);
    expect(groups.get('#a')?.order).toBe(1);
    expect(groups.get('#b')?.order).toBe(0);
  });
});

describe('a change written in slices', () => {
  const many = (count: number, group = 'a', label = 'x') =>
    Array.from({ length: count }, (_, i) => item(`e${i}`, group, `${label}${i}`));
  /** Writes every slice of a change; how many calls it took. */
  const writeAll = (write: (limit: number) => boolean, limit: number) => {
    let calls = 1;
    while (!write(limit)) calls += 1;
    return calls;
  };

  it('writes at most the limit per call, the open event first, until all are drawn', () => {
    const { engine, items } = engineWithSpies();
    const next = many(5);
    const write = startSync(engine, [lane('a')], next, 'e3');
    expect(write(2)).toBe(false);
    expect(items.getIds()).toEqual(['#e3', '#e0']);
    expect(write(2)).toBe(false);
    expect(write(2)).toBe(true);
    expect(items.getIds()).toHaveLength(5);
    expect([...engine.drawnItems.keys()].sort()).toEqual(next.map((i) => i.id).sort());
  });

  it('works the change out once, and its slices together are the whole change', () => {
    const { engine, items } = engineWithSpies();
    syncLanesAndItems(engine, [lane('a')], many(30));
    vi.mocked(items.update).mockClear();
    // 60 items, 30 of them retitled and 30 new: 60 to write, in slices of 25.
    const next = [...many(30, 'a', 'y'), ...many(60, 'a').slice(30)];
    const diff = vi.fn(diffById) as unknown as typeof diffById & ReturnType<typeof vi.fn>;
    const write = startSync(engine, [lane('a')], next, undefined, diff);
    expect(writeAll(write, 25)).toBe(3);
    // Once for the lanes and once for the items, however many slices.
    expect(diff).toHaveBeenCalledTimes(2);
    const itemDiff = diff.mock.results[1]?.value as ReturnType<typeof diffById>;
    const written = vi.mocked(items.update).mock.calls.map((call) => call[0] as VisItem[]);
    expect(written.map((slice) => slice.length)).toEqual([25, 25, 10]);
    expect(written.flat().map((visItem) => visItem.id)).toEqual(
      itemDiff.changed.map((spec) => `#${spec.id}`),
    );
  });

  it('removes what left at once and a lane only once its items are gone', () => {
    const { engine, items, groups } = engineWithSpies();
    syncLanesAndItems(engine, [lane('a')], many(3));
    const write = startSync(engine, [lane('b')], many(4, 'b', 'y'));
    expect(write(3)).toBe(false);
    expect(items.getIds()).toHaveLength(3);
    expect(groups.getIds().sort()).toEqual(['#a', '#b']);
    expect(write(3)).toBe(true);
    expect(groups.getIds()).toEqual(['#b']);
    expect(items.get('#e3')?.content.textContent).toBe('y3');
  });

  it('follows a newer view given before the last slice', () => {
    const { engine, items } = engineWithSpies();
    expect(startSync(engine, [lane('a')], many(4))(2)).toBe(false);
    writeAll(startSync(engine, [lane('a')], many(3, 'a', 'z')), 2);
    expect(items.getIds().sort()).toEqual(['#e0', '#e1', '#e2']);
    expect(items.get('#e0')?.content.textContent).toBe('z0');
  });
});

describe('useEngineSync', () => {
  it('gives the drawing the other height when the screen crosses the phone width', () => {
    const { engine } = engineWithSpies();
    const setOptions = vi.fn();
    Object.assign(engine, {
      timeline: { setOptions, setSelection: vi.fn() },
    });
    const engineRef = { current: engine };
    const { rerender } = renderHook(
      ({ phone }: { phone: boolean }) => useEngineSync(engineRef, [], [], undefined, 'en', phone),
      { initialProps: { phone: false } },
    );
    const heights = () =>
      setOptions.mock.calls.flatMap((call) => {
        const options = call[0] as { maxHeight?: number };
        return options.maxHeight === undefined ? [] : [options.maxHeight];
      });
    expect(heights()).toEqual([MAX_HEIGHT.wide]);
    rerender({ phone: true });
    expect(heights()).toEqual([MAX_HEIGHT.wide, MAX_HEIGHT.phone]);
    rerender({ phone: false });
    expect(heights()).toEqual([MAX_HEIGHT.wide, MAX_HEIGHT.phone, MAX_HEIGHT.wide]);
  });
});

describe('useEngineSync, the first drawing', () => {
  it('writes nothing in the task that built the engine, then the lanes, then the items with the open event selected', () => {
    vi.useFakeTimers();
    const { engine, calls } = engineWithSpies();
    const setSelection = vi.fn();
    const redraw = vi.fn();
    Object.assign(engine, {
      attached: true,
      written: false,
      timeline: { setOptions: vi.fn(), setSelection, redraw },
    });
    const items = Array.from({ length: ITEMS_PER_TASK + 5 }, (_v, i) => item(`e${i}`, 'a'));
    renderHook(() => useEngineSync({ current: engine }, [lane('a')], items, 'e29', 'en', false));
    expect(calls).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(calls).toEqual(['groups.update']);
    expect(redraw).not.toHaveBeenCalled();
    vi.advanceTimersToNextTimer();
    expect(calls).toEqual(['groups.update', 'items.update']);
    expect(engine.drawnItems.size).toBe(ITEMS_PER_TASK);
    expect(setSelection).toHaveBeenLastCalledWith(['#e29']);
    // The next frame's drawing takes the page's place.
    expect(engine.written).toBe(true);
    expect(redraw).toHaveBeenCalledOnce();
    vi.runAllTimers();
    expect(engine.drawnItems.size).toBe(ITEMS_PER_TASK + 5);
    vi.useRealTimers();
  });
});

describe('sliceLimit', () => {
  const state = { attached: true, fresh: false, later: false, writes: 0 };
  it.each([
    ['a change to a drawing writes its first slice at once', state, ITEMS_PER_TASK],
    ['an engine not yet given its lanes and items waits', { ...state, attached: false }, undefined],
    ['the first drawing waits for a task after the engine’s', { ...state, fresh: true }, undefined],
    ['the first drawing writes its lanes alone', { ...state, fresh: true, later: true }, 0],
    [
      'then its items, a slice per task',
      { ...state, fresh: true, later: true, writes: 1 },
      ITEMS_PER_TASK,
    ],
  ])('%s', (_name, given, limit) => {
    expect(sliceLimit(given)).toBe(limit);
  });
});
