import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
// PostCSS is Vite's own, the same that runs the plugin in the build.
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { dropUnusedVisCss } from './vis-unused-css.ts';

// The tests run from the project's folder (npm test, vitest).
const STYLESHEET = resolve('node_modules/vis-timeline/styles/vis-timeline-graph2d.css');

async function selectorsAfter(css: string, from: string): Promise<string[]> {
  const result = await postcss([dropUnusedVisCss]).process(css, { from });
  const selectors: string[] = [];
  result.root.walkRules((rule) => {
    selectors.push(...rule.selectors);
  });
  return selectors;
}

describe('dropUnusedVisCss', () => {
  it("keeps every vis-timeline class the app's timeline is drawn with, and drops the features it never switches on", async () => {
    const css = readFileSync(STYLESHEET, 'utf8');
    const kept = (await selectorsAfter(css, STYLESHEET)).join('\n');
    for (const used of [
      '.vis-timeline',
      '.vis-panel',
      '.vis-item',
      '.vis-point',
      '.vis-dot',
      '.vis-range',
      '.vis-selected',
      '.vis-item-content',
      '.vis-label',
      '.vis-time-axis',
      '.vis-grid',
      '.vis-foreground',
      '.vis-background',
    ]) {
      expect(kept, used).toContain(used);
    }
    for (const unused of ['.vis-current-time', '.vis-configuration', '.vis-delete', '.vis-rtl']) {
      expect(css, unused).toContain(unused);
      expect(kept, unused).not.toContain(unused);
    }
  });

  it('leaves every other stylesheet as it is', async () => {
    const css = '.vis-current-time { color: red } .mine { color: blue }';
    expect(await selectorsAfter(css, '/app/src/app/styles.css')).toEqual([
      '.vis-current-time',
      '.mine',
    ]);
  });
});
