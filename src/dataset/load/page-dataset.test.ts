import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  fetchShared,
  requestSharedEarly,
  sharedDatasetPath,
  siteDatasetFile,
} from './page-dataset.ts';

describe('the dataset file every page shares', () => {
  it('is named by its content', () => {
    const one = siteDatasetFile('{"events":[]}');
    expect(one).toMatch(/^assets\/dataset-[0-9a-f]{8}\.json$/);
    expect(siteDatasetFile('{"events":[]}')).toBe(one);
    expect(siteDatasetFile('{"events":[1]}')).not.toBe(one);
  });

  it('is read from a data block only in that form, inside the site’s folder', () => {
    const file = siteDatasetFile('x');
    expect(sharedDatasetPath({ src: file })).toBe(file);
    for (const src of ['../evil.json', '//evil.test/x.json', 'assets/dataset-zz.json', 1]) {
      expect(sharedDatasetPath({ src })).toBeUndefined();
    }
    // A block that holds the dataset itself (a page built before) names no file.
    expect(sharedDatasetPath({ document: {}, events: [] })).toBeUndefined();
    expect(sharedDatasetPath(undefined)).toBeUndefined();
  });
});

describe('the shared file asked for early', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is fetched once: the app takes the request the page’s entry started', async () => {
    const fetch = vi.fn(() => Promise.resolve(new Response('{}')));
    vi.stubGlobal('fetch', fetch);
    requestSharedEarly('/site/assets/dataset-0123abcd.json');
    const response = await fetchShared('/site/assets/dataset-0123abcd.json');
    expect(await response.text()).toBe('{}');
    expect(fetch).toHaveBeenCalledTimes(1);
    // Taken once: a later load asks again.
    await fetchShared('/site/assets/dataset-0123abcd.json');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('is fetched anew for another address', async () => {
    const fetch = vi.fn(() => Promise.resolve(new Response('{}')));
    vi.stubGlobal('fetch', fetch);
    requestSharedEarly('/a/assets/dataset-0123abcd.json');
    await fetchShared('/b/assets/dataset-0123abcd.json');
    expect(fetch.mock.calls.map((call: unknown[]) => call[0])).toEqual([
      '/a/assets/dataset-0123abcd.json',
      '/b/assets/dataset-0123abcd.json',
    ]);
  });
});
