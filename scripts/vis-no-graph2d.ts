import { parseAst, type Plugin } from 'vite';

/**
 * vis-timeline's ES module (`vis-timeline/esnext`, pinned at 8.5.4) holds the Timeline and
 * Graph2d together. The app draws only a Timeline, but Graph2d and its parts (line graph, legend,
 * bars, points, groups of values) are old-style constructors whose methods are assigned one by
 * one at the module's top level (`Graph2d.prototype = new Core()`, `Legend.prototype.x = …`):
 * statements a bundler must keep, and with them the constructors, their option tables and the
 * axes and option tables only they use (13 KB gzip of the first view). This transform removes
 * those top-level assignments and the module's exports of Graph2d and of the `timeline` object
 * that names its parts; the bundler then drops whatever only they used. Nothing the Timeline
 * runs is touched: in 8.5.4, outside their own code these names appear only in that object, so
 * a Timeline never meets a constructor left without its methods (src/timeline/vis-engine.test.ts
 * runs the real, transformed engine). It fails loudly on another version of the module: read
 * the new one again (the names above, and who uses them) before changing VERSION.
 */
const MODULE = /[\\/]vis-timeline[\\/]esnext[\\/]esm[\\/]vis-timeline-graph2d\.mjs$/;
/** Graph2d and the constructors only it uses. */
const GRAPH2D = ['Graph2d', 'LineGraph', 'Legend', 'GraphGroup', 'Line', 'Bargraph', 'Points'];
const EXPORTS = 'export { Graph2d, Timeline, timeline };';
const VERSION = ' * @version 8.5.4\n';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** The identifier an assignment's target hangs on (`Legend` for `Legend.prototype.x`). */
function rootName(node: Node | undefined): string | undefined {
  let target = node;
  while (target?.type === 'MemberExpression') target = target.object as Node;
  return target?.type === 'Identifier' ? (target.name as string) : undefined;
}

function fail(why: string): never {
  throw new Error(`vis-timeline without Graph2d: ${why}; check scripts/vis-no-graph2d.ts`);
}

/** The module's code without Graph2d's top-level assignments and exports. */
export function withoutGraph2d(code: string): string {
  if (!code.slice(0, 1000).includes(VERSION)) fail('another version of vis-timeline');
  if (!code.includes(EXPORTS)) fail('its exports changed');
  const program = parseAst(code) as unknown as { body: Node[] };
  const cuts: [number, number][] = [];
  for (const statement of program.body) {
    const expression = statement.expression as Node | undefined;
    if (statement.type !== 'ExpressionStatement' || expression?.type !== 'AssignmentExpression')
      continue;
    const name = rootName(expression.left as Node);
    if (name && GRAPH2D.includes(name)) cuts.push([statement.start, statement.end]);
  }
  if (cuts.length < 40) fail(`only ${cuts.length} assignments found`);
  // Each statement becomes blanks (its line breaks kept), so no code moves and the engine's
  // source map still holds.
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  let kept = '';
  let from = 0;
  for (const [start, end] of cuts) {
    kept += code.slice(from, start) + blank(code.slice(start, end));
    from = end;
  }
  kept += code.slice(from);
  const at = kept.lastIndexOf(EXPORTS);
  const exports = 'export { Timeline };'.padEnd(EXPORTS.length);
  return `${kept.slice(0, at)}${exports}${kept.slice(at + EXPORTS.length)}`;
}

/** A Vite plugin applying `withoutGraph2d` to vis-timeline's ES module (build, dev and tests). */
export function dropGraph2d(): Plugin {
  return {
    name: 'source-timeline:drop-graph2d',
    enforce: 'pre',
    transform(code, id) {
      if (!MODULE.test(id.split('?')[0] ?? id)) return undefined;
      // Nothing moved (see withoutGraph2d), so the module's source map still holds.
      return { code: withoutGraph2d(code), map: null };
    },
  };
}
