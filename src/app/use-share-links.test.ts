import { describe, expect, it } from 'vitest';
import { sharedWindow } from './use-share-links.ts';

const DAY = 86_400_000;
const view = { start: Date.UTC(2014, 11, 12, 12), end: Date.UTC(2014, 11, 15) };

describe('sharedWindow', () => {
  it.each([
    ['the letter', {}],
    ['another dataset (?data=)', { data: 'h/cant.json', event: 'e0' }],
  ])('leaves the window out of a link to %s while the reader has not moved it', (_what, state) => {
    expect(sharedWindow(state, view, view)).toBeUndefined();
  });

  it('writes the window once the reader has moved it', () => {
    const moved = { start: view.start + DAY, end: view.end + DAY };
    expect(sharedWindow({ data: 'h/cant.json' }, moved, view)).toEqual({
      start: '2014-12-13T12:00',
      end: '2014-12-16',
    });
  });

  it('keeps the window a link came with', () => {
    const state = { start: '2014-12-12T12:00', end: '2014-12-15' };
    expect(sharedWindow(state, view, view)).toEqual(state);
  });
});
