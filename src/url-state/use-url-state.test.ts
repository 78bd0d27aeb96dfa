import { act, renderHook, waitFor } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { PageSiteContext, readRenderedLocation, type PageSite } from './page-location.ts';
import { useUrlState } from './use-url-state.ts';

/** Renders under a site that says where the letter starts (as the entries do). */
const inSite = (site: PageSite) =>
  function Site({ children }: { children: ReactNode }) {
    return createElement(PageSiteContext, { value: site }, children);
  };

/** The address after the host: what a reader would copy. */
const address = () => `${window.location.pathname}${window.location.search}`;

/** Goes one entry back (or forward) and waits for the page to have arrived there. */
async function traverse(delta: -1 | 1, expected: string) {
  act(() => window.history.go(delta));
  await waitFor(() => expect(address()).toBe(expected));
}

describe('useUrlState', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/');
  });

  it('reads the state and its notices from the address', () => {
    window.history.replaceState(null, '', '/?event=jmg-office-arson&start=nonsense&end=x');
    const { result } = renderHook(() => useUrlState());
    expect(result.current.state).toEqual({ event: 'jmg-office-arson' });
    expect(result.current.notices).toEqual([{ param: 'start', code: 'window-invalid' }]);
  });

  it('adds a history entry when an event opens, and replaces the entry when the window moves', () => {
    const { result } = renderHook(() => useUrlState());
    const before = window.history.length;
    act(() => result.current.navigate({ event: 'jmg-office-arson' }));
    expect(address()).toBe('/?event=jmg-office-arson');
    expect(window.history.length).toBe(before + 1);
    act(() => result.current.navigate({ start: '2014-12-01', end: '2014-12-21' }));
    expect(address()).toBe('/?event=jmg-office-arson&start=2014-12-01&end=2014-12-21');
    expect(window.history.length).toBe(before + 1);
    // The caller can ask for either, whatever the table says.
    act(() => result.current.navigate({ event: 'press-conference-eggs' }, { replace: true }));
    expect(window.history.length).toBe(before + 1);
    act(() => result.current.navigate({ start: '2014-12-02' }, { replace: false }));
    expect(window.history.length).toBe(before + 2);
    expect(result.current.state).toEqual({
      event: 'press-conference-eggs',
      start: '2014-12-02',
      end: '2014-12-21',
    });
  });

  it('writes the canonical link whatever the order of the patch, and adds no entry for the same state', () => {
    const { result } = renderHook(() => useUrlState());
    act(() =>
      result.current.navigate({
        end: '2014-12-21',
        kind: ['violence', 'harassment', 'violence'],
        start: '2014-12-01',
        q: 'fire',
        event: 'jmg-office-arson',
      }),
    );
    expect(address()).toBe(
      '/?event=jmg-office-arson&q=fire&kind=harassment&kind=violence&start=2014-12-01&end=2014-12-21',
    );
    const length = window.history.length;
    // Even a caller that asks for a new entry gets none when the link would not change.
    act(() => result.current.navigate({ kind: ['violence', 'harassment'] }, { replace: false }));
    expect(window.history.length).toBe(length);
    // Defaults are left out: clearing a value drops its name from the link.
    act(() => result.current.navigate({ q: undefined, kind: [], start: undefined }));
    expect(address()).toBe('/?event=jmg-office-arson');
  });

  it('stays on this site and path when the path starts with //, which a pasted string would read as a host', () => {
    window.history.replaceState(null, '', `${window.location.origin}//evil.example/x/?data=a.json`);
    const { result } = renderHook(() => useUrlState());
    act(() => result.current.navigate({ event: 'jmg-office-arson' }));
    expect(window.location.host).not.toBe('evil.example');
    // The doubled slash is read as one (a typo a static host forgives), so the path stays a path.
    expect(address()).toBe('/evil.example/x/?data=a.json&event=jmg-office-arson');
  });

  it('follows Back and Forward, and every reader of the address sees each change', async () => {
    const first = renderHook(() => useUrlState());
    const second = renderHook(() => useUrlState());
    act(() => first.result.current.navigate({ event: 'jmg-office-arson' }));
    expect(second.result.current.state).toEqual({ event: 'jmg-office-arson' });
    act(() => first.result.current.navigate({ event: 'press-conference-eggs' }));
    await traverse(-1, '/?event=jmg-office-arson');
    expect(first.result.current.state).toEqual({ event: 'jmg-office-arson' });
    expect(second.result.current.state).toEqual({ event: 'jmg-office-arson' });
    await traverse(1, '/?event=press-conference-eggs');
    expect(first.result.current.state).toEqual({ event: 'press-conference-eggs' });
  });

  it("opens the letter's page where the site says the letter starts, and only there", () => {
    window.history.replaceState(null, '', '/letter/');
    const inLetter = renderHook(() => useUrlState(), { wrapper: inSite({ letterStart: 'p4' }) });
    expect(inLetter.result.current.state.read).toBe('p4');
    // Reading the first paragraph again leaves the letter's page bare: no fragment.
    act(() => inLetter.result.current.navigate({ read: 'p4' }));
    expect(`${window.location.pathname}${window.location.hash}`).toBe('/letter/');
    inLetter.unmount();
    // Another site (a dataset of a link) has no letter start: nothing is opened for it.
    expect(renderHook(() => useUrlState()).result.current.state.read).toBeUndefined();
  });

  it('hydrates from the page the site rendered, whatever the address adds', () => {
    window.history.replaceState(null, '', '/?q=grozny');
    expect(readRenderedLocation({ renderedPath: '/event/jmg-office-arson/' })).toBe(
      '/event/jmg-office-arson/?event=jmg-office-arson',
    );
    expect(readRenderedLocation({ renderedPath: '/letter/', letterStart: 'p4' })).toBe(
      '/letter/?read=p4',
    );
  });
});
