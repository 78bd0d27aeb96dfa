import { describe, expect, it } from 'vitest';
import { sharedDatasetPath, siteDatasetFile } from './page-dataset.ts';

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
