import { describe, expect, it } from 'vitest';
import { sourceFileHref, sourceFileName } from './source-file.ts';

describe('sourceFileHref', () => {
  it.each<[string, string, string | null]>([
    ['data/events.json', 'joint-letter-2014-12-16.txt', 'data/joint-letter-2014-12-16.txt'],
    ['datasets/report.json', 'sources/capture 1.html', 'datasets/sources/capture%201.html'],
    ['report.json', 'письмо.txt', `${encodeURIComponent('письмо')}.txt`],
    ['data/events.json', '../secret.txt', null],
    ['data/events.json', './a.txt', null],
    ['data/events.json', '/etc/passwd', null],
    ['data/events.json', 'https://evil.test/x.txt', null],
    ['data/events.json', '//evil.test/x.txt', null],
    ['data/events.json', 'javascript:alert(1)', null],
    ['data/events.json', 'a.txt?x=1', null],
    ['data/events.json', 'a.txt#x', null],
    ['data/events.json', 'a\\b.txt', null],
    ['data/events.json', ' a.txt', null],
    ['data/events.json', '', null],
  ])("links %s's source %j as %j", (dataset, file, href) => {
    expect(sourceFileHref(dataset, file)).toBe(href);
  });

  it('names the saved file by its own name', () => {
    expect(sourceFileName('sources/capture.html')).toBe('capture.html');
  });
});
