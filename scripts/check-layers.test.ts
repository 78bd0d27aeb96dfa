import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, layerProblem, layerViolations } from './check-layers.ts';

describe('the layers of src/', () => {
  it('have no import that runs upward or sideways', () => {
    expect(layerViolations(resolve(import.meta.dirname, '..'))).toEqual([]);
  });

  it.each([
    ['app', 'timeline', undefined],
    ['timeline', 'ui', undefined],
    ['entry', 'app', undefined],
    ['dataset', 'facets', undefined],
    ['url-state', 'facets', undefined],
    ['i18n', 'dates', undefined],
    ['timeline', 'timeline', undefined],
    ['test', 'app', undefined],
    ['ui', 'timeline', 'upward'],
    ['timeline', 'app', 'upward'],
    ['app', 'entry', 'upward'],
    ['dates', 'dataset', 'upward'],
    ['keys', 'ui', 'keys/ is in no layer'],
    ['filters', 'timeline', 'sideways'],
    ['dataset', 'url-state', 'sideways'],
    ['url-state', 'dataset', 'sideways'],
  ])('an import from %s/ to %s/ is %s', (from, to, problem) => {
    expect(layerProblem(from, to)).toBe(problem);
  });

  it('reads static, type-only and dynamic imports, and only relative ones', () => {
    const source = [
      "import { a } from '../app/a.ts';",
      "import type { B } from './b.ts';",
      "const c = () => import('../../dataset/c.ts');",
      "import react from 'react';",
      "export { d } from '../d.ts';",
    ].join('\n');
    expect(importsOf(source)).toEqual(['../app/a.ts', './b.ts', '../../dataset/c.ts', '../d.ts']);
  });
});
