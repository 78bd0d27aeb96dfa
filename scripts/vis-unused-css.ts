/**
 * vis-timeline ships one stylesheet for the timeline and for Graph2d, with the styles of
 * features this app never switches on. They are dropped at build time, selector by selector,
 * so they do not weigh on the first view: the configurator (`configure`), Graph2d's axes,
 * legend and SVG paths, nested groups, right-to-left timelines (`rtl`), editing (`editable`:
 * delete and drag handles), the current and custom time bars and the rolling mode button.
 * A rule keeps the selectors that name none of them; a rule left with none goes.
 */
const UNUSED =
  /\.vis-(?:config|graph-group|data-axis|y-axis|legend|fill\b|bar\b|outline\b|icon-fill|nested-group|nesting-group|group-level-|rtl\b|vertical-rtl|delete|drag-|editable|onUpdateTime-tooltip|group-is-dragging|current-time|custom-time|rolling-mode-btn)/;

const STYLESHEET = /[\\/]vis-timeline[\\/]styles[\\/]vis-timeline-graph2d\.css$/;

/** The parts of PostCSS's tree this uses (PostCSS is Vite's own; no import is needed). */
interface CssRule {
  selectors: string[];
  remove(): void;
}
interface CssRoot {
  source?: { input: { file?: string } };
  walkRules(visit: (rule: CssRule) => void): void;
}

/** A PostCSS plugin for Vite's `css.postcss.plugins`. */
export const dropUnusedVisCss = {
  postcssPlugin: 'source-timeline:drop-unused-vis-css',
  Once(root: CssRoot) {
    if (!STYLESHEET.test(root.source?.input.file ?? '')) return;
    root.walkRules((rule) => {
      const kept = rule.selectors.filter((s) => !UNUSED.test(s));
      if (kept.length === 0) rule.remove();
      else if (kept.length < rule.selectors.length) rule.selectors = kept;
    });
  },
};
