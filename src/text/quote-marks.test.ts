import { describe, expect, it } from 'vitest';
import { inEnglishQuotes, quoteMarks } from './quote-marks.ts';

describe('quoteMarks', () => {
  it.each([
    ['a quote without marks of its own', 'In the evening, the office burned.', 'double'],
    ['a quote with curly double marks', 'slogans as “Kalyapin go home $”', 'single'],
    ['a quote with straight double marks', 'accused "a certain Kalyapin"', 'single'],
    ['a quote with an apostrophe only', 'Russia’s leadership', 'double'],
  ] as const)('chooses the outer marks for %s', (_what, quote, marks) => {
    expect(quoteMarks(quote)).toBe(marks);
  });

  it('keeps the quote’s own characters as they are', () => {
    const quote = 'such slogans as “Kalyapin go home $” and “Stop the Lying Activists!”';
    expect(inEnglishQuotes(quote)).toBe(`‘${quote}’`);
  });
});
