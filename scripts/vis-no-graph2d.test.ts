import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseAst } from 'vite';
import * as vis from 'vis-timeline/esnext';
import { describe, expect, it } from 'vitest';
import { withoutGraph2d } from './vis-no-graph2d.ts';

const MODULE = fileURLToPath(
  new URL('../node_modules/vis-timeline/esnext/esm/vis-timeline-graph2d.mjs', import.meta.url),
);
const code = readFileSync(MODULE, 'utf8');

describe('withoutGraph2d', () => {
  const result = withoutGraph2d(code);

  it('leaves a module that still parses and exports the Timeline alone', () => {
    expect(() => parseAst(result)).not.toThrow();
    expect(result).toMatch(/export \{ Timeline \};\s*(\/\/# sourceMappingURL=.*)?\s*$/);
  });

  it('removes every top-level method of Graph2d and of the parts only it uses', () => {
    expect(result).not.toMatch(
      /^(Graph2d|LineGraph|Legend|GraphGroup|Line|Bargraph|Points)\.prototype/m,
    );
    expect(result).toMatch(/^Timeline\.prototype|^class Timeline extends Core/m);
  });

  it('moves no code, so the engine’s source map still holds', () => {
    expect(result).toHaveLength(code.length);
    expect(result.split('\n').map((line) => line.length)).toEqual(
      code.split('\n').map((line) => line.length),
    );
  });

  it('refuses another version of the module', () => {
    expect(() => withoutGraph2d(code.replace('@version 8.5.4', '@version 8.6.0'))).toThrow(
      /another version/,
    );
  });

  it('is what the build and the tests import', () => {
    expect(Object.keys(vis)).toEqual(['Timeline']);
  });
});
