import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeDataset, makeEvent, PARAGRAPHS } from '../../test/datasets.ts';
import type { Dataset } from './schema.ts';
import { textProblem } from './check-text.ts';
import { formatProblem, validateDataset } from './validate-dataset.ts';

async function problemsOf(dataset: Dataset): Promise<string[]> {
  const result = await validateDataset(dataset);
  return result.ok ? [] : result.problems.map(formatProblem);
}

const CONTROL = 'must not contain control characters';
const HALF = 'contains half of a character';

describe('the checker on a dataset’s text', () => {
  it.each([
    [
      'NUL in a title',
      makeDataset([makeEvent({ title: 'Uni \u0000 doc' })]),
      'events[0].title',
      CONTROL,
    ],
    [
      'a lone surrogate in the document’s title',
      { ...makeDataset(), document: { ...makeDataset().document, title: 'Letter \uD800' } },
      'document.title',
      HALF,
    ],
    [
      'a lone low surrogate in a paragraph',
      {
        ...makeDataset(),
        document: {
          ...makeDataset().document,
          paragraphs: [...PARAGRAPHS, { id: 'p9', text: 'cut \uDC00 here' }],
        },
      },
      'document.paragraphs[4].text',
      HALF,
    ],
    [
      'an escape in a Russian summary',
      makeDataset([makeEvent({ translations: { ru: { summary: 'a\u001Bb' } } })]),
      'events[0].translations.ru.summary',
      CONTROL,
    ],
    [
      'a C1 control in an actor',
      makeDataset([makeEvent({ actors: ['b\u0085c'] })]),
      'events[0].actors[0]',
      CONTROL,
    ],
  ])('refuses %s, at its path', async (_name, dataset, path, message) => {
    const problems = await problemsOf(dataset as Dataset);
    expect(problems.some((p) => p.startsWith(`${path}: ${message}`))).toBe(true);
  });

  it('keeps tabs, line breaks and whole characters outside the Basic Multilingual Plane', async () => {
    const dataset = makeDataset([
      makeEvent({ title: 'Two\tlines\nand an emoji 🔥, a family 👩‍👩‍👧', summary: 'a\r\nb' }),
    ]);
    expect(await problemsOf(dataset)).toEqual([]);
  });

  it('says which control character, written out', () => {
    expect(textProblem('a\u0000b')).toBe('must not contain control characters (here U+0000)');
  });

  it('finds what Unicode counts as a control character, except tab and line breaks', () => {
    const cc = /[^\P{Cc}\t\n\r]/u;
    const char = fc.oneof(
      fc.integer({ min: 0, max: 0xa0 }).map((c) => String.fromCharCode(c)),
      fc.string({ unit: 'grapheme', maxLength: 2 }),
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 12 }), (chars) => {
        const value = chars.join('');
        expect(textProblem(value, false) !== undefined).toBe(cc.test(value));
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('the checker on names JavaScript reserves', () => {
  const translated = (event: Parameters<typeof makeEvent>[0]) =>
    makeDataset([makeEvent({ ...event, translations: { ru: { title: 'Офис сгорел' } } })]);

  it('refuses __proto__ as an actor with its own message, not as a missing translation', async () => {
    const dataset = {
      ...translated({ actors: ['__proto__'] }),
      labels: JSON.parse('{"__proto__": {"translations": {"ru": "прото"}}}') as Dataset['labels'],
    };
    expect(await problemsOf(dataset)).toEqual([
      'events[0].actors[0]: "__proto__" cannot be an actor or a place: JavaScript, which reads the dataset, reserves the name, so it could never be given a label; write it another way',
    ]);
  });

  it('reads an object’s built-in names (constructor, toString) as ordinary labels', async () => {
    const bare = translated({ actors: ['constructor'], place: 'toString' });
    expect(await problemsOf(bare)).toEqual([
      'events[0].place: "toString" has no ru translation in "labels": add one, or mark it "properName": true',
      'events[0].actors[0]: "constructor" has no ru translation in "labels": add one, or mark it "properName": true',
    ]);
    const labelled = {
      ...bare,
      labels: {
        constructor: { translations: { ru: 'конструктор' } },
        toString: { properName: true },
      },
    };
    expect(await problemsOf(labelled)).toEqual([]);
  });
});

describe('the checker on a dataset without events', () => {
  it('refuses it, saying so', async () => {
    expect(await problemsOf(makeDataset([]))).toEqual([
      'events: the dataset has no events: list at least one',
    ]);
  });
});
