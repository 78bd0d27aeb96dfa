import { describe, expect, it } from 'vitest';
import { problemsUnder, problemTarget } from './problem-target.ts';

describe('where a problem is shown', () => {
  it.each([
    ['events[2].edtf', { event: 2, control: 'ev-edtf' }],
    ['events[0].end', { event: 0, control: 'ev-edtf' }],
    ['events[1].kindNote', { event: 1, control: 'ev-kindNote' }],
    ['events[3].sources[0].quote', { event: 3, control: 'ev-sources' }],
    ['events[4].translations.ru.title', { event: 4, control: 'ev-title' }],
    ['events', { control: 'new-event' }],
    ['document.date', { control: 'doc-date', document: true }],
    ['document.source.description', { control: 'doc-source', document: true }],
    ['document.paragraphs[3].text', { control: 'document-text' }],
  ])('%s', (path, target) => {
    expect(problemTarget(path)).toEqual(target);
  });

  it('gives a field its own problems and those under it, not a longer field’s', () => {
    const problems = [
      { path: 'events[1].kind', message: 'a' },
      { path: 'events[1].kindNote', message: 'b' },
      { path: 'events[1].sources[0].quote', message: 'c' },
      { path: 'events[0].kind', message: 'd' },
    ];
    expect(problemsUnder(problems, 'events[1].kind')).toEqual(['a']);
    expect(problemsUnder(problems, 'events[1].sources[0]')).toEqual(['c']);
  });
});
