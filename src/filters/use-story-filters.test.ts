import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { i18n } from '../i18n/i18n.ts';
import { letterDataset, withQueryClient } from '../test/render-with-providers.tsx';
import type { UrlState } from '../url-state/url-state.ts';
import { useStoryFilters } from './use-story-filters.ts';

const dataset = letterDataset();
const total = dataset.events.length;
const t = (id: Parameters<typeof i18n._>[0], values?: Record<string, string | number>) =>
  i18n._(id, values);

function setup(state: UrlState = {}) {
  const navigate = vi.fn();
  const hook = renderHook(({ s, words = t }) => useStoryFilters(dataset, s, navigate, words), {
    initialProps: { s: state } as { s: UrlState; words?: typeof t },
    wrapper: withQueryClient(),
  });
  return { navigate, hook };
}

describe('useStoryFilters', () => {
  it('toggles a choice in a new history entry, keeping what is typed in the search', () => {
    const { navigate, hook } = setup({ kind: ['violence'] });
    act(() => hook.result.current.setDraft('grozny '));
    act(() => hook.result.current.toggle('kind', 'harassment'));
    expect(navigate).toHaveBeenLastCalledWith({ kind: ['violence', 'harassment'], q: 'grozny ' });
    act(() => hook.result.current.toggle('kind', 'violence'));
    expect(navigate).toHaveBeenLastCalledWith({ kind: undefined, q: 'grozny ' });
    act(() => hook.result.current.setDraft('  '));
    act(() => hook.result.current.toggle('place', 'Grozny'));
    expect(navigate).toHaveBeenLastCalledWith({ place: ['Grozny'], q: undefined });
    // The table says a filter is pushed: no caller's replace stands in the way.
    for (const call of navigate.mock.calls) expect(call[1]).toBeUndefined();
  });

  it('"Clear filters" empties the search and every facet in a new history entry', () => {
    const { navigate, hook } = setup({ q: 'arson', kind: ['violence'], place: ['Grozny'] });
    expect(hook.result.current.draft).toBe('arson');
    act(() => hook.result.current.clear());
    expect(hook.result.current.draft).toBe('');
    expect(navigate).toHaveBeenLastCalledWith(
      { q: undefined, kind: undefined, actor: undefined, place: undefined },
      { replace: false },
    );
  });

  it('says nothing at first, the count once the filters narrow, and "all" once they are lifted', () => {
    const { hook } = setup();
    expect(hook.result.current.status).toBe('');
    expect(hook.result.current.filtering).toBe(false);
    hook.rerender({ s: { kind: ['violence'] } });
    const shown = hook.result.current.events.length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    expect(hook.result.current.status).toBe(`${shown} of ${total} events`);
    hook.rerender({ s: {} });
    expect(hook.result.current.status).toBe(`All ${total} events`);
  });

  it('does not say an unchanged count again when only the language changes', () => {
    const { hook } = setup();
    hook.rerender({ s: { kind: ['violence'] } });
    expect(hook.result.current.status).not.toBe('');
    // Another language is another `t`: the count is the same, so nothing new is said.
    const other: typeof t = (id, values) => `ru:${i18n._(id, values)}`;
    hook.rerender({ s: { kind: ['violence'] }, words: other });
    expect(hook.result.current.status).toBe('');
    hook.rerender({ s: { kind: ['violence', 'threat'] }, words: other });
    expect(hook.result.current.status).toMatch(/^ru:\d+ of \d+ events$/);
  });

  it('waits for typing to pause before saying a count', () => {
    const { hook } = setup();
    act(() => hook.result.current.setDraft('arson'));
    // Not yet in the link: the events already follow, the announcement does not.
    expect(hook.result.current.events.length).toBeLessThan(total);
    expect(hook.result.current.status).toBe('');
    hook.rerender({ s: { q: 'arson' } });
    expect(hook.result.current.status).toBe(
      `${hook.result.current.events.length} of ${total} events`,
    );
  });

  it('names the values a link asks for that no event has, once each', () => {
    const { hook } = setup({ kind: ['violence', 'no-such-kind'], actor: ['Nobody'] });
    expect(hook.result.current.notices).toEqual([
      { param: 'kind', code: 'filter-unknown', value: 'no-such-kind' },
      { param: 'actor', code: 'filter-unknown', value: 'Nobody' },
    ]);
    expect(hook.result.current.chosen.kind).toEqual(['violence', 'no-such-kind']);
  });
});
