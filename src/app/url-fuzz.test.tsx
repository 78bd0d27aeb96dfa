import { act, fireEvent, render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { letterDataset } from '../test/render-with-providers.tsx';
import { parseUrlState } from '../url-state/url-state.ts';
import { UrlNotices } from './UrlNotices.tsx';

/**
 * Links as they arrive from chats and reports, mangled or hostile. `notice`: the link asked
 * for something that cannot be honoured, and a dismissable notice says so; `fetched`: a
 * dataset path the app requests (the journeys show the alert when it fails to load); `quiet`:
 * nothing to say (unknown or duplicated parameters). Huge values stay under 8 KB, the
 * request-line limit of common servers. A few of these are loaded in a browser by
 * `e2e/security.spec.ts`; the rest are checked here, where the answer is decided.
 */
const FUZZ: Record<string, [query: string, outcome: 'notice' | 'fetched' | 'quiet'][]> = {
  event: [
    ['?event=<script>alert(1)</script>', 'notice'],
    ['?event=<img src=x onerror=alert(1)>', 'notice'],
    ['?event=javascript:alert(1)', 'notice'],
    ['?event=no-such-event', 'notice'],
    ['?event=JMG-OFFICE-ARSON', 'notice'],
    ['?event=%E2%80%AEnosra-eciffo-gmj', 'notice'],
    ['?event=jmg-office-arson%00', 'notice'],
    ['?event=%', 'notice'],
    ['?event=%E0%A4%A', 'notice'],
    [`?event=${'a'.repeat(6_000)}`, 'notice'],
    ['?event=', 'quiet'],
  ],
  window: [
    ['?start=yesterday&end=tomorrow', 'notice'],
    ['?start=2014-12-20&end=2014-12-01', 'notice'],
    ['?start=2014-12-01', 'notice'],
    ['?end=2014-12-01', 'notice'],
    ['?start=0000-01-01&end=99999-01-01', 'notice'],
    ['?start=2014-02-30&end=2014-03-01', 'notice'],
    ['?start=2014-12-01&end=2014-12-01', 'notice'],
    [`?start=${'9'.repeat(3_000)}&end=${'1'.repeat(3_000)}`, 'notice'],
    ['?start=2014-12-01T25:99&end=2014-12-20', 'notice'],
    ['?start=<b>1</b>&end=javascript:alert(1)', 'notice'],
  ],
  read: [
    ['?read=p999', 'notice'],
    ['?read=<img src=x onerror=alert(1)>', 'notice'],
    ['?read=javascript:alert(1)', 'notice'],
    [`?read=${'p'.repeat(6_000)}`, 'notice'],
    ['?read=p8&event=jmg-office-arson', 'quiet'],
  ],
  data: [
    ['?data=https://evil.example/x.json', 'notice'],
    ['?data=//evil.example/x.json', 'notice'],
    ['?data=javascript:alert(1)', 'notice'],
    ['?data=%2F%2Fevil.example%2Fx.json', 'notice'],
    ['?data=%252F%252Fevil.example%252Fx.json', 'notice'],
    ['?data=%5C%5Cevil.example%5Cx.json', 'notice'],
    ['?data=/%5Cevil.example/x.json', 'notice'],
    ['?data=http:evil.example/x.json', 'notice'],
    ['?data=data:application/json,{}', 'notice'],
    ['?data=../../etc/passwd.json', 'notice'],
    ['?data=data/../../x.json', 'notice'],
    ['?data=data/events.json?x=1', 'notice'],
    ['?data=data/events.json%23.json', 'notice'],
    ['?data=%09//evil.example/x.json', 'notice'],
    [`?data=${'a'.repeat(6_000)}.json`, 'notice'],
    ['?data=no-such-dataset.json', 'fetched'],
    ['?data=data/events.json', 'fetched'],
  ],
  'duplicated and unknown': [
    ['?event=jmg-office-arson&event=<script>alert(1)</script>', 'quiet'],
    ['?data=data/events.json&data=https://evil.example/x.json', 'fetched'],
    ['?data=https://evil.example/x.json&data=data/events.json', 'notice'],
    ['?foo=bar&__proto__=x&constructor=y&toString=z', 'quiet'],
    ['??event=jmg-office-arson&&=&==', 'quiet'],
    ['?EVENT=jmg-office-arson&Data=https://evil.example/x.json', 'quiet'],
    ['?event=jmg-office-arson#<img src=x onerror=alert(1)>', 'quiet'],
    [`?${'x=1&'.repeat(2_000)}event=jmg-office-arson`, 'quiet'],
  ],
};

const dataset = letterDataset();
/** Short, readable test names for long links. */
const named = (query: string) =>
  query.length > 80 ? `${query.slice(0, 80)}… (${query.length} characters)` : query;
const cases = Object.entries(FUZZ).flatMap(([parameter, rows]) =>
  rows.map(([query, outcome]) => ({ parameter, query, outcome, name: named(query) })),
);

/** The link as the page reads it: what a browser gives as `location.search` for it. */
function readLink(query: string) {
  const { state, notices } = parseUrlState(new URL(query, 'https://app.test/').search);
  // As the story view decides: an event or paragraph id this dataset does not have.
  const unknownEvent =
    state.event !== undefined && !dataset.byId.has(state.event) ? state.event : undefined;
  const unknownParagraph =
    state.read !== undefined && !dataset.paragraphNumber.has(state.read) ? state.read : undefined;
  return { state, notices, unknownEvent, unknownParagraph };
}

describe('a mangled or hostile link', () => {
  it.each(cases)('($parameter) $name: $outcome', async ({ query, outcome }) => {
    const link = readLink(query);
    // Only a relative .json path on this site is ever requested.
    if (outcome === 'fetched') expect(link.state.data).toMatch(/^[\w/-]+\.json$/);
    else expect(link.state.data).toBeUndefined();

    const { container } = render(
      <UrlNotices
        notices={link.notices}
        unknownEvent={link.unknownEvent}
        unknownParagraph={link.unknownParagraph}
        onShowAll={vi.fn()}
      />,
    );
    await act(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    // By the role attribute, not getAllByRole: 51 renders of role queries cost seconds in jsdom.
    const notices = () => container.querySelectorAll('[role="status"]');
    if (outcome !== 'notice') {
      expect(notices()).toHaveLength(0);
      return;
    }
    expect(notices().length).toBeGreaterThan(0);
    // What the link said is shown as text: nothing it holds becomes an element.
    expect(container.querySelectorAll('script, img, iframe, a, b')).toHaveLength(0);
    for (let left = notices().length; left > 0; left -= 1) {
      const dismiss = notices()[0]?.querySelector('button.link-button');
      if (!dismiss) throw new Error('a notice without Dismiss');
      fireEvent.click(dismiss);
      expect(notices()).toHaveLength(left - 1);
    }
  });
});
