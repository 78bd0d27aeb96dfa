import { describe, expect, it } from 'vitest';
import { datasetShortName, exportFileName } from './file-names.ts';

describe('datasetShortName', () => {
  it.each<[string, string | undefined, string]>([
    ['data/events.json', 'joint-letter-2014-12-16.txt', 'joint-letter-2014-12-16'],
    ['datasets/my-report.json', 'capture.txt', 'my-report'],
    ['datasets/My Report (v2).json', undefined, 'my-report-v2'],
    ['datasets/events.json', undefined, 'events'],
    ['отчёт.json', undefined, 'отчёт'],
    ['data/dataset.json', 'sub/Письмо 2014.html', 'письмо-2014'],
    ['data/events.json', '../../etc/passwd', 'passwd'],
    ['data/index.json', '???', 'index'],
    ['data/!!!.json', undefined, 'dataset'],
    [`data/${'x'.repeat(200)}.json`, undefined, 'x'.repeat(60)],
    ['file:0123456789abcdef', 'joint-letter-2014-12-16.txt', 'joint-letter-2014-12-16'],
    ['file:0123456789abcdef', undefined, 'dataset'],
  ])('names %s (source %s) %s', (path, source, name) => {
    expect(datasetShortName(path, source)).toBe(name);
  });
});

describe('exportFileName', () => {
  it.each([
    ['letter', 'events', 'csv', false, 'letter-events.csv'],
    ['letter', 'events', 'csv', true, 'letter-events-filtered.csv'],
    ['letter', 'dataset', 'json', false, 'letter-dataset.json'],
  ])('names %s %s .%s (filtered: %s) %s', (short, what, ext, filtered, name) => {
    expect(exportFileName(short, what, ext, filtered)).toBe(name);
  });
});
