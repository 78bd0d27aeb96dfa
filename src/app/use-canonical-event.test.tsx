import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { prepareDataset, resolveEventId } from '../dataset/prepare-dataset.ts';
import { makeDataset, makeEvent } from '../test/datasets.ts';
import { useUrlState } from '../url-state/use-url-state.ts';
import { useCanonicalEvent } from './use-canonical-event.ts';

const dataset = prepareDataset(
  makeDataset([
    makeEvent({ id: 'office-fire', aliases: ['office-arson', 'fire'] }),
    makeEvent({ id: 'flat-searched', start: '2014-12-14', edtf: '2014-12-14' }),
  ]),
);

describe('resolveEventId', () => {
  it.each([
    ['an id', 'office-fire', 'office-fire'],
    ['an id without aliases', 'flat-searched', 'flat-searched'],
    ['a former id', 'office-arson', 'office-fire'],
    ['another former id', 'fire', 'office-fire'],
    ['an id no event answers to', 'nothing', undefined],
  ])('resolves %s', (_what, id, expected) => {
    expect(resolveEventId(dataset, id)).toBe(expected);
  });
});

function renderAt(url: string) {
  window.history.replaceState(null, '', url);
  const before = window.history.length;
  /** The event of every render, the first included (before the link is rewritten). */
  const shown: (string | undefined)[] = [];
  const hook = renderHook(() => {
    const { state, navigate } = useUrlState();
    const canonical = useCanonicalEvent(dataset, state, navigate);
    shown.push(canonical.event);
    return canonical;
  });
  return { ...hook, before, shown };
}

describe('useCanonicalEvent', () => {
  it('opens the event a former id names and rewrites the link to its id, in place', () => {
    const { result, before, shown } = renderAt(
      '/?event=office-arson&start=2014-12-12&end=2014-12-16',
    );
    expect(result.current.event).toBe('office-fire');
    // At once: not even the first render shows the former id.
    expect(new Set(shown)).toEqual(new Set(['office-fire']));
    expect(window.location.search).toBe('?event=office-fire&start=2014-12-12&end=2014-12-16');
    expect(window.history.length).toBe(before);
  });

  it('moves the page of a former id to the page of the current one, keeping the window', () => {
    const { result, before } = renderAt(
      '/archive/event/office-arson/?start=2014-12-12&end=2014-12-16',
    );
    expect(result.current.event).toBe('office-fire');
    expect(window.location.pathname).toBe('/archive/event/office-fire/');
    expect(window.location.search).toBe('?start=2014-12-12&end=2014-12-16');
    expect(window.history.length).toBe(before);
  });

  it('leaves a current id, an unknown id and no event as they are', () => {
    for (const search of ['?event=flat-searched', '?event=nothing', '']) {
      const { result, unmount } = renderAt(`/${search}`);
      expect(window.location.search).toBe(search);
      expect(result.current.event).toBe(new URLSearchParams(search).get('event') ?? undefined);
      unmount();
    }
  });

  it('follows the link when it changes to a former id later', () => {
    const { result } = renderAt('/');
    act(() => {
      window.history.pushState(null, '', '/?event=fire');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(result.current.event).toBe('office-fire');
    expect(window.location.search).toBe('?event=office-fire');
  });
});
