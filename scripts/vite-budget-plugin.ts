import type { Plugin } from 'vite';
import { FIRST_VIEW_BUDGET_KB, firstViewSize, type BundleFile } from './first-view-size.ts';

/**
 * Fails the build when the JS and CSS a first view needs grow past the budget (issue 17): the
 * size is counted, not timed, so the check is the same on any machine.
 */
export function firstViewBudget(budgetKb = FIRST_VIEW_BUDGET_KB): Plugin {
  let minified = true;
  return {
    name: 'source-timeline:first-view-budget',
    apply: 'build',
    configResolved(config) {
      // An unminified build (`--minify false`) is for reading profiles, not for the site.
      minified = config.build.minify !== false;
    },
    generateBundle(_options, bundle) {
      if (!minified) return;
      const { files, kb } = firstViewSize(bundle as unknown as Record<string, BundleFile>);
      if (files.length === 0) return;
      const list = files.map((f) => `${f.name} ${(f.bytes / 1024).toFixed(1)} KB`).join(', ');
      const line = `First view: ${kb.toFixed(1)} KB gzip of JS + CSS (budget ${budgetKb} KB): ${list}`;
      if (kb > budgetKb) this.error(`${line}. Load what only some readers use on first use.`);
      this.info(line);
    },
  };
}
