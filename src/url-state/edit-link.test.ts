import { describe, expect, it } from 'vitest';
import { editCopyHref } from './edit-link.ts';

describe('editCopyHref', () => {
  it.each([
    ['the site’s own dataset', '', undefined, 'en', 'edit/?from=default'],
    ['the site’s own dataset in Russian', '', undefined, 'ru', 'ru/edit/?from=default'],
    ['from an event’s page', '../../', undefined, 'en', '../../edit/?from=default'],
    ['a linked dataset', '', 'datasets/my-report.json', 'en', 'edit/?from=datasets/my-report.json'],
    ['a linked dataset in Russian', '../', 'x.json', 'ru', '../ru/edit/?from=x.json'],
    ['a file opened here', '', 'file:0123456789abcdef', 'en', 'edit/?from=file:0123456789abcdef'],
  ])('links %s to the editor', (_what, prefix, data, language, href) => {
    expect(editCopyHref(prefix, data, language)).toBe(href);
  });

  it('escapes what the query would otherwise misread', () => {
    expect(editCopyHref('', 'a b&c.json', 'en')).toBe('edit/?from=a+b%26c.json');
  });
});
