import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapeControls,
  headField,
  inertForSpreadsheet,
  isolatedField,
  plainField,
  withoutJoiners,
} from './plain-text.ts';

const CONTROLS: [string, string][] = [
  ['NUL', '\u0000'],
  ['TAB', '\t'],
  ['LF', '\n'],
  ['VT', '\u000B'],
  ['FF', '\u000C'],
  ['CR', '\r'],
  ['ESC (ANSI escapes)', '\u001B'],
  ['the information separators', '\u001C'],
  ['DEL', '\u007F'],
  ['NEL', '\u0085'],
  ['the line separator', '\u2028'],
  ['the paragraph separator', '\u2029'],
  ['LRE', '\u202A'],
  ['RLE', '\u202B'],
  ['PDF', '\u202C'],
  ['LRO', '\u202D'],
  ['RLO', '\u202E'],
  ['LRI', '\u2066'],
  ['RLI', '\u2067'],
  ['FSI', '\u2068'],
  ['PDI', '\u2069'],
];

describe('plainField', () => {
  it.each(CONTROLS)('turns %s into a space', (_name, ch) => {
    expect(plainField(`Source:${ch}forged`)).toBe('Source: forged');
  });

  it('keeps everything else verbatim: right-to-left text, marks, joiners, emoji, markup', () => {
    const text = 'שלום \u200F مرحبا \u200D👩‍👩‍👧 <b>x</b> “q” ~?';
    expect(plainField(text)).toBe(text);
  });

  it('never changes the length, and leaves no line break or bidi control, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const plain = plainField(text);
        expect(plain).toHaveLength(text.length);
        expect(plain).not.toMatch(/[\p{Cc}\p{Zl}\p{Zp}\u202A-\u202E\u2066-\u2069]/u);
      }),
    );
  });
});

describe('inertForSpreadsheet', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+1+1', `'+1+1`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['＝1+1', `'＝1+1`],
    ['Arson at the office', 'Arson at the office'],
    ['a=1', 'a=1'],
    ['', ''],
  ])('reads %j as %j', (field, expected) => {
    expect(inertForSpreadsheet(field)).toBe(expected);
  });
});

describe('isolatedField', () => {
  it.each(CONTROLS)(
    'isolates a field containing %s without letting it close the isolation',
    (_name, ch) => {
      const field = isolatedField(`a${ch}b`);
      expect(field).toBe('\u2068a b\u2069');
    },
  );
});

describe('escapeControls', () => {
  it.each([...CONTROLS, ['LRM', '\u200E'], ['RLM', '\u200F'], ['ALM', '\u061C']])(
    'writes %s out visibly',
    (_name, ch) => {
      const code = (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
      expect(escapeControls(`a${ch}b`)).toBe(`a\\u${code}b`);
    },
  );

  it('writes out an ANSI sequence that would erase the line and print a fake result', () => {
    expect(escapeControls('x\u001B[2K\r\u001B[32mvalid')).toBe(
      'x\\u001B[2K\\u000D\\u001B[32mvalid',
    );
  });

  it('leaves text without controls as it is', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const escaped = escapeControls(text);
        expect(escaped).not.toMatch(
          /[\p{Cc}\p{Zl}\p{Zp}\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u,
        );
        if (!/[\p{Cc}\p{Zl}\p{Zp}\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u.test(text))
          expect(escaped).toBe(text);
      }),
    );
  });
});

// fact-check 4 L6, russian-4 L5: a search of a page's head or JSON-LD finds «по-видимому».
describe('headField and withoutJoiners', () => {
  it('drop the word joiner after a hyphen, and nothing else', () => {
    expect(headField('Офис СМГ уничтожен пожаром — по-\u2060видимому,\nподжог')).toBe(
      'Офис СМГ уничтожен пожаром — по-видимому, поджог',
    );
    expect(
      withoutJoiners({ name: 'по-\u2060видимому', list: [{ d: 'по-\u2060американски' }], n: 2 }),
    ).toEqual({ name: 'по-видимому', list: [{ d: 'по-американски' }], n: 2 });
  });
});
