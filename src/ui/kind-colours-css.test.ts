import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_KINDS } from '../dataset/default-kinds.ts';
import { kindColoursCss } from './kind-colours-css.ts';

describe('the kinds’ colours stylesheet', () => {
  it('is the one DEFAULT_KINDS generates (run scripts/write-kind-colours.ts after changing a kind)', () => {
    const written = readFileSync('src/app/kind-colours.css', 'utf8');
    expect(written).toBe(kindColoursCss(DEFAULT_KINDS));
  });

  it('gives each kind its colour and its class', () => {
    const css = kindColoursCss([{ id: 'violence', color: '#b42318' }]);
    expect(css).toContain('--kind-violence: #b42318;');
    expect(css).toContain('.kind--violence {\n  --kind-color: var(--kind-violence);\n}');
  });
});
