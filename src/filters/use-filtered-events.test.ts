import { act, renderHook, type RenderHookOptions } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hasSearchIndex } from '../dataset/search/filter-events.ts';
import { prepareDataset } from '../dataset/prepare-dataset.ts';
import { makeDataset, makeEvent, makeLargeSearchDataset } from '../test/datasets.ts';
import { withQueryClient } from '../test/render-with-providers.tsx';
import { useFilteredEvents } from './use-filtered-events.ts';

/** Renders under a fresh QueryClient, as the app's providers give one. */
function renderWithClient<Result, Props>(
  hook: (props: Props) => Result,
  options: RenderHookOptions<Props> = {},
) {
  return renderHook(hook, { ...options, wrapper: withQueryClient() });
}

/** More events than are indexed at once, so the index is built in slices. */
const large = prepareDataset(makeLargeSearchDataset());

// The slices are scheduled on timers: a fake clock runs them all, however busy the machine.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Loads the builder's code, then runs every slice it schedules, rendering what follows. */
async function buildAll() {
  await act(async () => {
    await vi.dynamicImportSettled();
    await vi.runAllTimersAsync();
  });
}

describe('useFilteredEvents', () => {
  it('builds a large dataset’s index in slices, keeping the facets meanwhile, then searches', async () => {
    const { result } = renderWithClient(() =>
      useFilteredEvents(large, { q: 'arso', kind: ['violence'] }),
    );
    expect(result.current.searchPending).toBe(true);
    // Meanwhile the kind already narrows; the search does not yet.
    expect(result.current.events).toHaveLength(3_000);
    expect(result.current.events.every((e) => e.kind === 'violence')).toBe(true);
    await buildAll();
    expect(result.current.searchPending).toBe(false);
    expect(result.current.searchFailed).toBe(false);
    expect(result.current.events.map((e) => e.title)).toEqual(
      [0, 1000, 2000].map((n) => `Arson number ${n}`),
    );
  });

  it('builds the index of a few events with very long texts in slices too', async () => {
    const words = Array.from({ length: 5_000 }, (_, i) => `word${i}`).join(' ');
    const long = prepareDataset(
      makeDataset(
        Array.from({ length: 20 }, (_, i) =>
          makeEvent({ id: `event-${i}`, title: i === 7 ? `${words} arson` : words }),
        ),
      ),
    );
    const { result } = renderWithClient(() => useFilteredEvents(long, { q: 'arso' }));
    expect(result.current.searchPending).toBe(true);
    await buildAll();
    expect(result.current.searchPending).toBe(false);
    expect(result.current.events.map((e) => e.id)).toEqual(['event-7']);
  });

  it('builds an index of its own for the events of another language, searching nothing unindexed meanwhile', async () => {
    const { result, rerender } = renderWithClient(
      ({ dataset }) => useFilteredEvents(dataset, { q: 'arso' }),
      { initialProps: { dataset: large } },
    );
    await buildAll();
    expect(result.current.searchPending).toBe(false);
    // The same events in a new array, as a language switch gives them.
    const relocalised = { ...large, events: [...large.events] };
    rerender({ dataset: relocalised });
    expect(result.current.searchPending).toBe(true);
    await buildAll();
    expect(result.current.searchPending).toBe(false);
    expect(result.current.events.map((e) => e.title)).toEqual(
      [0, 1000, 2000, 3000, 4000, 5000].map((n) => `Arson number ${n}`),
    );
  });

  it('builds a large dataset’s index in idle time before any search, so the first search is ready', async () => {
    const idle = prepareDataset(makeDataset(large.events.map((e) => ({ ...e }))));
    const { result, rerender } = renderWithClient(({ q }) => useFilteredEvents(idle, { q }), {
      initialProps: { q: undefined as string | undefined },
    });
    expect(hasSearchIndex(idle)).toBe(false);
    await buildAll();
    expect(hasSearchIndex(idle)).toBe(true);
    rerender({ q: 'arso' });
    expect(result.current.searchPending).toBe(false);
    expect(result.current.events).toHaveLength(6);
  });

  it('builds in the browser’s idle callbacks where it has them', async () => {
    const idleCallback = vi.fn((run: IdleRequestCallback) =>
      window.setTimeout(() => run({ didTimeout: false, timeRemaining: () => 10 }), 0),
    );
    vi.stubGlobal('requestIdleCallback', idleCallback);
    vi.stubGlobal('cancelIdleCallback', (id: number) => window.clearTimeout(id));
    const idle = prepareDataset(makeDataset(large.events.map((e) => ({ ...e }))));
    renderWithClient(() => useFilteredEvents(idle, {}));
    await buildAll();
    expect(hasSearchIndex(idle)).toBe(true);
    expect(idleCallback).toHaveBeenCalled();
  });

  it('keeps the same list when a keystroke keeps the same events', () => {
    const small = prepareDataset(
      makeDataset([
        makeEvent({ id: 'a', title: 'Arson' }),
        makeEvent({ id: 'b', title: 'Search' }),
      ]),
    );
    const { result, rerender } = renderWithClient(({ q }) => useFilteredEvents(small, { q }), {
      initialProps: { q: 'ars' },
    });
    const first = result.current.events;
    rerender({ q: 'arso' });
    expect(result.current.events).toBe(first);
    rerender({ q: 's' });
    expect(result.current.events.map((e) => e.id)).toEqual(['b']);
  });

  it('searches a small dataset at once', () => {
    const small = prepareDataset(
      makeDataset([
        makeEvent({ id: 'a', title: 'Arson' }),
        makeEvent({ id: 'b', title: 'Search' }),
      ]),
    );
    const { result } = renderWithClient(() => useFilteredEvents(small, { q: 'arso' }));
    expect(result.current.searchPending).toBe(false);
    expect(result.current.events.map((e) => e.id)).toEqual(['a']);
  });
});
