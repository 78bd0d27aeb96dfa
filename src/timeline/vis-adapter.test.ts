import { describe, expect, it } from 'vitest';
import type { TimelineItemSpec } from './to-timeline-items.ts';
import { diffById, fromEngineId, toEngineId, toVisGroup, toVisItem } from './vis-adapter.ts';

const item: TimelineItemSpec = {
  id: 'e1',
  group: 'violence',
  type: 'range',
  start: 1,
  end: 2,
  label: 'Deadly insurgent attack on Grozny',
  lang: 'en',
  className: 'kind--violence',
  count: 3,
};

describe('diffById', () => {
  // Every field of a spec, changed alone, redraws the item: a field left out of the comparison
  // would leave the drawing stale.
  it.each([
    ['group', { group: 'arrests' }],
    ['type', { type: 'point' }],
    ['start', { start: 0 }],
    ['end', { end: 3 }],
    ['end removed', { end: undefined }],
    ['label', { label: 'Another title' }],
    ['lang', { lang: 'ru' }],
    ['className', { className: 'kind--arrests' }],
    ['count', { count: 4 }],
  ] as const)('redraws an item whose %s changed', (_field, change) => {
    const next = { ...item, ...change } as TimelineItemSpec;
    const diff = diffById(new Map([[item.id, item]]), [next]);
    expect(diff.changed).toEqual([next]);
    expect(diff.removed).toEqual([]);
  });

  it('leaves alone an item whose fields are all the same, even as a new object', () => {
    const diff = diffById(new Map([[item.id, item]]), [{ ...item }]);
    expect(diff.changed).toEqual([]);
    expect(diff.removed).toEqual([]);
  });

  it('adds the new, removes the gone, and remembers what is drawn', () => {
    const other = { ...item, id: 'e2' };
    const diff = diffById(new Map([[item.id, item]]), [other]);
    expect(diff.changed).toEqual([other]);
    expect(diff.removed).toEqual(['e1']);
    expect([...diff.drawn.keys()]).toEqual(['e2']);
  });
});

describe('engine rows', () => {
  it('prefixes ids so that no id finds a built-in property, and takes the prefix off again', () => {
    expect(toEngineId('constructor')).not.toBe('constructor');
    expect(fromEngineId(toEngineId('constructor'))).toBe('constructor');
  });

  it('puts text in as text, with its language', () => {
    const row = toVisItem({ ...item, label: '<img src=x onerror=alert(1)>' });
    expect(row.content.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(row.content.children).toHaveLength(0);
    expect(row.content.lang).toBe('en');
    expect(row.end).toEqual(new Date(2));
    const group = toVisGroup({
      id: 'violence',
      label: 'Насилие',
      lang: 'ru',
      className: 'k',
      order: 2,
    });
    expect(group).toMatchObject({ id: toEngineId('violence'), order: 2, className: 'k' });
    expect(group.content.textContent).toBe('Насилие');
  });
});
