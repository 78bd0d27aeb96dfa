import { describe, expect, it } from 'vitest';
import { excerpt } from './problem.ts';

describe('excerpt', () => {
  it.each([
    ['a short value', 'short', 'short'],
    ['a long value', 'a'.repeat(70), `${'a'.repeat(60)}…`],
    // Before the limit: 58 letters, then a family of three (8 code units) that crosses it.
    ['a family emoji', `${'a'.repeat(58)}👨\u200d👩\u200d👧 more`, `${'a'.repeat(58)}…`],
    ['a flag', `${'a'.repeat(59)}🇷🇺 more`, `${'a'.repeat(59)}…`],
    ['a letter and its accent', `${'a'.repeat(59)}e\u0301 more`, `${'a'.repeat(59)}…`],
  ])('cuts %s at a whole character', (_name, value, cut) => {
    expect(excerpt(value)).toBe(cut);
  });

  it('cuts a tower of marks between code points, never before its letter alone', () => {
    const tower = `Z${'\u0336'.repeat(100)}`;
    expect(excerpt(tower)).toBe(`${tower.slice(0, 60)}…`);
  });
});
