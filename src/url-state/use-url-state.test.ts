import { describe, expect, it } from 'vitest';
import { urlWithQuery } from './use-url-state.ts';

describe('urlWithQuery', () => {
  it.each([
    ['http://host/', '?event=a', 'http://host/?event=a'],
    ['http://host//', '?event=a', 'http://host//?event=a'],
    [
      'http://host//evil.example/x?data=a.json#top',
      '?event=a',
      'http://host//evil.example/x?event=a#top',
    ],
    ['http://host/app/?event=a', '', 'http://host/app/'],
  ])('keeps %s on its own host and path with the query %s', (href, query, expected) => {
    const built = urlWithQuery(href, query);
    expect(built).toBe(expected);
    expect(new URL(built).host).toBe('host');
  });

  it('leaves the fragment out when asked (a link to copy)', () => {
    expect(urlWithQuery('http://host//#x', '?event=a', { keepHash: false })).toBe(
      'http://host//?event=a',
    );
  });
});
