import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveParagraphs, resolveCaptureArtefacts } from './derive-paragraphs.ts';

describe('resolveCaptureArtefacts', () => {
  it.each([
    ['a link to nowhere', 'destroy their [houses](#)', 'destroy their houses'],
    ['a link with an address', 'see [the report](https://example.org/r)', 'see the report'],
    ['two links on one line', '[pelted eggs](#) at [Kalyapin](#)', 'pelted eggs at Kalyapin'],
    ['an empty link', 'a [](#) b', 'a  b'],
    ['an escaped dollar', '“Kalyapin go home \\$”', '“Kalyapin go home $”'],
    [
      'an escaped asterisk and underscore',
      '\\*not bold\\* and \\_not italic\\_',
      '*not bold* and _not italic_',
    ],
    ['an escaped backslash', 'a \\\\ b', 'a \\ b'],
    ['an escaped bracket', '\\[1\\]', '[1]'],
    ['an escaped hash and full stop', '\\# 1\\. first', '# 1. first'],
    ['a backslash before a letter, which is no escape', 'C:\\path', 'C:\\path'],
    ['brackets that are not a link', 'the [sic] text (quoted)', 'the [sic] text (quoted)'],
    ['curly quotation marks and apostrophes', 'Group’s “apartment”', 'Group’s “apartment”'],
    ['plain text', 'Dear Mr. President', 'Dear Mr. President'],
  ])('resolves %s', (_what, line, expected) => {
    expect(resolveCaptureArtefacts(line)).toBe(expected);
  });
});

describe('deriveParagraphs', () => {
  it.each<[string, string, readonly string[], string[]]>([
    ['splits paragraphs at blank lines', 'one\n\ntwo\n\nthree', [], ['one', 'two', 'three']],
    ['treats several blank lines as one break', 'one\n\n\n\ntwo', [], ['one', 'two']],
    [
      'joins the lines of one paragraph with a space',
      'one\ntwo\n\nthree',
      [],
      ['one two', 'three'],
    ],
    ['trims each line', '  one  \n\t two\t\n', [], ['one two']],
    ['counts a line of spaces as blank', 'one\n   \ntwo', [], ['one', 'two']],
    ['reads Windows line ends', 'one\r\ntwo\r\n\r\nthree\r\n', [], ['one two', 'three']],
    ['reads lone carriage returns as line ends', 'one\rtwo\r\rthree', [], ['one two', 'three']],
    ['ignores leading and trailing blank lines', '\n\n\none\n\n\n', [], ['one']],
    ['returns nothing for an empty capture', '', [], []],
    ['returns nothing for a capture of blank lines', '\n \n\t\n', [], []],
    [
      'drops the header lines before the document',
      '\n\nHRW.org\n\nTitle\n\nText',
      ['HRW.org'],
      ['Title', 'Text'],
    ],
    ['drops several header blocks in a row', 'Site\n\nMenu\n\nTitle', ['Site', 'Menu'], ['Title']],
    [
      'keeps a header line that comes after the document starts',
      'Title\n\nHRW.org\n\nText',
      ['HRW.org'],
      ['Title', 'HRW.org', 'Text'],
    ],
    [
      'keeps a header line that is only part of a block',
      'HRW.org\nTitle',
      ['HRW.org'],
      ['HRW.org Title'],
    ],
    ['resolves artefacts in every line', 'the [houses](#)\nfor \\$5', [], ['the houses for $5']],
    [
      'drops a line that is only an empty link',
      'one\n[](#)\ntwo\n\n[](#)\n\nthree',
      [],
      ['one two', 'three'],
    ],
    ['trims what resolving a line leaves around it', '[ ](#) one [ ](#)', [], ['one']],
  ])('%s', (_what, capture, headers, expected) => {
    expect(deriveParagraphs(capture, headers)).toEqual(expected);
  });

  /** Words with no whitespace and no markdown, as a capture of plain prose would have. */
  const word = fc.string({
    unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz,.;:!?’“”-0123456789'),
    minLength: 1,
    maxLength: 8,
  });
  const paragraph = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(' '));

  it('gives back the paragraphs of any plain capture, however its lines are broken', () => {
    fc.assert(
      fc.property(
        fc.array(paragraph, { maxLength: 8 }),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom('\n', '\r\n'),
        (paragraphs, blankLines, newline) => {
          const capture = paragraphs
            .map((p) =>
              p
                .split(' ')
                .reduce(
                  (text, w, i) => text + (i === 0 ? '' : i % 3 === 0 ? newline : ' ') + w,
                  '',
                ),
            )
            .join(newline.repeat(blankLines + 1));
          expect(deriveParagraphs(capture)).toEqual(paragraphs);
        },
      ),
    );
  });

  /** Text made of the characters that blank lines and capture artefacts are made of. */
  const markdownish = fc.string({ unit: fc.constantFrom(...'ab []()#\\$*\n\r\t'), maxLength: 60 });

  it('never returns an empty paragraph, and no paragraph starts or ends with whitespace', () => {
    fc.assert(
      fc.property(markdownish, fc.array(fc.string(), { maxLength: 2 }), (capture, headers) => {
        for (const p of deriveParagraphs(capture, headers)) {
          expect(p).not.toBe('');
          expect(p).toBe(p.trim());
          expect(p).not.toMatch(/[\r\n]/);
        }
      }),
    );
  });
});
