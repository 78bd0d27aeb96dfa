import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  listBadDatasetFiles,
  readBadDatasets,
  readExpectedProblems,
} from '../../test/bad-datasets.ts';
import { makeDataset, makeEvent, PARAGRAPHS } from '../../test/datasets.ts';
import { readLetterDataset } from '../../test/letter.ts';
import type { TimelineEvent } from './schema.ts';
import {
  formatPath,
  formatProblem,
  validateDataset,
  type ValidationResult,
} from './validate-dataset.ts';
import { MAX_PROBLEMS } from './problem.ts';
import { loadEdtfReader } from '../../dates/edtf-bounds.ts';

async function problemsOf(input: unknown): Promise<string[]> {
  const result = await validateDataset(input);
  return result.ok ? [] : result.problems.map(formatProblem);
}

const withEvent = (overrides: Partial<TimelineEvent>) => makeDataset([makeEvent(overrides)]);

describe('the corpus of bad datasets', () => {
  it('lists the expected problems of every file in the corpus, and of no other file', () => {
    expect(Object.keys(readExpectedProblems()).sort()).toEqual(listBadDatasetFiles());
  });

  it.each(readBadDatasets().map((d) => [d.file, d] as const))(
    'reports exactly the expected problems for %s',
    async (_file, { json, expected }) => {
      expect(expected.length).toBeGreaterThan(0);
      expect(await problemsOf(json)).toEqual(expected);
    },
  );
});

describe('a kind that is a judgement', () => {
  it.each([
    ['call', 'an editorial call'],
    ['letter', 'the source’s own reading'],
  ] as const)('must say so to the reader when its basis is %s', async (basis, words) => {
    const result = await validateDataset(withEvent({ kindBasis: basis }));
    expect(result.ok ? [] : result.problems).toEqual([
      {
        path: 'events[0].kindNote',
        message: `is missing: a kind that is ${words} needs a note that says so to the reader`,
      },
    ]);
    const noted = await validateDataset(withEvent({ kindBasis: basis, kindNote: 'Why.' }));
    expect(noted.ok).toBe(true);
  });
});

describe('the dataset’s labels in other languages', () => {
  const translated = (labels?: object) => ({
    ...makeDataset([makeEvent({ actors: ['Police'], translations: { ru: { title: 'Т' } } })]),
    ...(labels ? { labels } : {}),
  });

  it('asks for a translation of every actor and place a reader of another language sees', async () => {
    const result = await validateDataset(translated());
    expect(result.ok ? [] : result.problems).toEqual([
      {
        path: 'events[0].actors[0]',
        message:
          '"Police" has no ru translation in "labels": add one, or mark it "properName": true',
      },
    ]);
  });

  it.each([
    ['a translation', { Police: { translations: { ru: 'Полиция' } } }],
    ['a proper name kept as written', { Police: { properName: true } }],
  ])('accepts %s', async (_what, labels) => {
    expect((await validateDataset(translated(labels))).ok).toBe(true);
  });
});

describe('validateDataset on valid datasets', () => {
  it('accepts the letter dataset', async () => {
    expect((await validateDataset(readLetterDataset())).ok).toBe(true);
  });

  it('accepts the small test dataset', async () => {
    expect(await problemsOf(makeDataset())).toEqual([]);
  });

  it('fills in the defaults of optional lists', async () => {
    const dataset: Record<string, unknown> = JSON.parse(JSON.stringify(makeDataset())) as Record<
      string,
      unknown
    >;
    const { document, events } = dataset as {
      document: Record<string, unknown>;
      events: Record<string, unknown>[];
    };
    delete document.organisations;
    delete events[0]?.actors;
    const result = await validateDataset(dataset);
    expect(result.ok && result.dataset.document.organisations).toEqual([]);
    expect(result.ok && result.dataset.events[0]?.actors).toEqual([]);
  });

  it('accepts unknown fields anywhere and leaves them out of the result', async () => {
    const dataset = {
      ...makeDataset(),
      version: 2,
      document: {
        ...makeDataset().document,
        audience: 'general',
        paragraphs: PARAGRAPHS.map((p) => ({ ...p, style: 'body' })),
      },
      events: [
        { ...makeEvent(), colour: 'red', sources: [{ ...makeEvent().sources[0], page: 3 }] },
      ],
    };
    const result = await validateDataset(dataset);
    expect(result.ok).toBe(true);
    expect(result).toEqual({ ok: true, dataset: makeDataset() } satisfies ValidationResult);
  });

  it('accepts unknown fields of any name and value on an event', async () => {
    const known = new Set(
      Object.keys(makeEvent()).concat(['end', 'ongoing', 'dateWording', 'place', 'summary']),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(
          fc.string().filter((key) => !known.has(key)),
          fc.jsonValue(),
          { maxKeys: 4 },
        ),
        async (extra) => {
          const result = await validateDataset(makeDataset([{ ...extra, ...makeEvent() }]));
          expect(result).toEqual({ ok: true, dataset: makeDataset() });
        },
      ),
    );
  });

  it.each<[string, Partial<TimelineEvent>]>([
    [
      'a day interval',
      { edtf: '2014-12-13/2014-12-14', start: '2014-12-13', end: '2014-12-14', precision: 'days' },
    ],
    [
      'an approximate interval',
      {
        edtf: '2014-12-12~/2014-12-13~',
        start: '2014-12-12',
        end: '2014-12-13',
        precision: 'days',
        certainty: 'approximate',
      },
    ],
    [
      'an open end that is ongoing',
      {
        edtf: '2009~/..',
        start: '2009-01-01',
        end: '2014-12-16',
        ongoing: true,
        precision: 'year',
        certainty: 'approximate',
      },
    ],
    [
      'one of a set of days',
      {
        edtf: '[2014-12-12..2014-12-13]',
        start: '2014-12-12',
        end: '2014-12-13',
        precision: 'days',
        certainty: 'inferred',
      },
    ],
    ['a month', { edtf: '2014-12', start: '2014-12-01', end: '2014-12-31', precision: 'month' }],
    ['a time of day', { edtf: '2014-12-13T18:00', start: '2014-12-13T18:00', precision: 'time' }],
    [
      'a time written with seconds',
      { edtf: '2014-12-13T18:00:00', start: '2014-12-13T18:00:00', precision: 'time' },
    ],
    [
      'a time whose start has seconds the EDTF leaves out',
      { edtf: '2014-12-13T18:00', start: '2014-12-13T18:00:00', precision: 'time' },
    ],
    [
      'a span of hours',
      {
        edtf: '2014-12-13T18:00/2014-12-13T21:00',
        start: '2014-12-13T18:00',
        end: '2014-12-13T21:00',
        precision: 'time',
      },
    ],
    [
      'two sources in one paragraph',
      {
        sources: [
          { paragraph: 'p2', quote: 'In the evening' },
          { paragraph: 'p2', quote: 'the office burned.' },
        ],
      },
    ],
  ])('accepts an event with %s', async (_what, overrides) => {
    expect(await problemsOf(withEvent(overrides))).toEqual([]);
  });

  it('accepts every quote of whole words that is a verbatim part of its paragraph, picked out by the words around it', async () => {
    const text = PARAGRAPHS[1]?.text ?? '';
    const letter = /[\p{L}\p{N}]/u;
    const edges = Array.from({ length: text.length + 1 }, (_, i) => i).filter(
      (i) => !(letter.test(text.charAt(i - 1)) && letter.test(text.charAt(i))),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: edges.length - 2 }),
        fc.integer({ min: 1, max: edges.length - 1 }),
        async (a, b) => {
          const from = edges[a] ?? 0;
          const quote = text.slice(from, edges[Math.max(a + 1, b)]);
          // Everything before the quote picks one occurrence, however often the quote recurs.
          const prefix = text.slice(0, from);
          const source =
            prefix === ''
              ? { paragraph: 'p2', quote, suffix: text.slice(from + quote.length) }
              : { paragraph: 'p2', quote, prefix };
          expect(await problemsOf(withEvent({ sources: [source] }))).toEqual([]);
        },
      ),
    );
  });

  it.each<[string, Partial<TimelineEvent>]>([
    [
      'a quote that occurs once',
      { sources: [{ paragraph: 'p2', quote: 'In the evening the office burned.' }] },
    ],
    [
      'a repeated quote with a prefix',
      { sources: [{ paragraph: 'p2', quote: 'the office', prefix: 'In the evening ' }] },
    ],
    [
      'a repeated quote with a suffix',
      { sources: [{ paragraph: 'p2', quote: 'the office', suffix: ' was searched' }] },
    ],
    [
      'a dateWording from its paragraph',
      { dateWording: 'In the evening', precision: 'part-of-day' },
    ],
    ['aliases no event uses', { aliases: ['fire-at-the-office', 'office-burned'] }],
  ])('accepts %s', async (_what, overrides) => {
    expect(await problemsOf(withEvent(overrides))).toEqual([]);
  });
});

describe('validateDataset on invalid events', () => {
  it.each<[string, Partial<TimelineEvent>, string[]]>([
    [
      'a label longer than the drawing shows whole, in the original and in a translation',
      {
        label: 'x'.repeat(41),
        translations: { ru: { title: 'Офис сгорел', label: 'я'.repeat(41) } },
      },
      [
        'events[0].label: must be at most 40 characters (the timeline draws it on one line)',
        'events[0].translations.ru.label: must be at most 40 characters (the timeline draws it on one line)',
      ],
    ],
    ['an empty label', { label: '' }, ['events[0].label: must not be empty']],
    [
      'a day EDTF given a time at midnight',
      { start: '2014-12-13T00:00' },
      ['events[0].start: must be 2014-12-13, the earliest date "2014-12-13" allows'],
    ],
    [
      'an end on a single-day EDTF',
      { end: '2014-12-14' },
      ['events[0].end: must be 2014-12-13, the latest date "2014-12-13" allows'],
    ],
    [
      'an interval EDTF without an end',
      { edtf: '2014-12-13/2014-12-14', precision: 'days' },
      ['events[0].end: must be 2014-12-14, the latest date "2014-12-13/2014-12-14" allows'],
    ],
    [
      'an end that is not a calendar date',
      { edtf: '2014-12-13/2014-12-14', end: '2014-12-32', precision: 'days' },
      ['events[0].end: "2014-12-32" is not a calendar date'],
    ],
    [
      'a start and an EDTF in year 0',
      { edtf: '0000-01-01', start: '0000-01-01' },
      [
        'events[0].start: "0000-01-01" lies outside the years 0001–9999',
        'events[0].edtf: "0000-01-01" lies outside the years 0001–9999',
      ],
    ],
    [
      'an EDTF that ends past year 9999',
      { edtf: '9999-12-31/Y10000', start: '9999-12-31', end: '9999-12-31', precision: 'days' },
      ['events[0].edtf: "9999-12-31/Y10000" lies outside the years 0001–9999'],
    ],
    [
      'a time that does not exist',
      { edtf: '2014-12-13T18:00', start: '2014-12-13T25:00', precision: 'time' },
      ['events[0].start: "2014-12-13T25:00" is not a calendar date'],
    ],
    [
      'a quote with straight quotation marks where the source has none',
      { sources: [{ paragraph: 'p2', quote: '"In the evening"' }] },
      ['events[0].sources[0].quote: not found in paragraph p2'],
    ],
    [
      'a quote whose case differs',
      { sources: [{ paragraph: 'p2', quote: 'in the evening' }] },
      ['events[0].sources[0].quote: not found in paragraph p2'],
    ],
    [
      'an empty quote',
      { sources: [{ paragraph: 'p2', quote: '' }] },
      ['events[0].sources[0].quote: must not be empty'],
    ],
    [
      'an id longer than 120 characters',
      { id: 'a'.repeat(121) },
      ['events[0].id: must be at most 120 characters'],
    ],
    [
      'an id with a trailing hyphen',
      { id: 'office-fire-' },
      ['events[0].id: must be a URL-safe slug such as jmg-office-arson'],
    ],
    [
      'a quote that occurs twice with nothing to pick one',
      { sources: [{ paragraph: 'p2', quote: 'the office' }] },
      [
        'events[0].sources[0].quote: occurs 2 times in paragraph p2: give a prefix or suffix (the words just before or after it) that picks one',
      ],
    ],
    [
      'a prefix that both occurrences share',
      { sources: [{ paragraph: 'p2', quote: 'office', prefix: 'the ' }] },
      [
        'events[0].sources[0].quote: occurs 2 times in paragraph p2: give a prefix or suffix (the words just before or after it) that picks one',
      ],
    ],
    [
      'a prefix that is not before the quote',
      { sources: [{ paragraph: 'p2', quote: 'the office', prefix: 'On 13 December ' }] },
      ['events[0].sources[0].prefix: does not come just before the quote in paragraph p2'],
    ],
    [
      'a suffix that is not after the quote',
      { sources: [{ paragraph: 'p2', quote: 'the office', suffix: ' was burned' }] },
      ['events[0].sources[0].suffix: does not come just after the quote in paragraph p2'],
    ],
    [
      'a dateWording that the source does not have',
      { dateWording: 'On 13 December (in the evening)' },
      [
        'events[0].dateWording: "On 13 December (in the evening)" is not found verbatim in the event\'s source paragraphs (p2)',
      ],
    ],
    [
      'a dateWording from a paragraph the event does not cite',
      { dateWording: 'On 14 December' },
      [
        'events[0].dateWording: "On 14 December" is not found verbatim in the event\'s source paragraphs (p2)',
      ],
    ],
    [
      'quotes that say no more than the dateWording',
      { dateWording: 'In the evening', sources: [{ paragraph: 'p2', quote: 'In the evening' }] },
      [
        'events[0].sources: no quote says more than the date wording "In the evening": quote the words that state the event',
      ],
    ],
    [
      "an alias that is the event's own id",
      { aliases: ['office-fire'] },
      [
        'events[0].aliases[0]: "office-fire" is the id of an event: an alias must be a former id no event has',
      ],
    ],
    [
      'an alias given twice',
      { aliases: ['old-fire', 'old-fire'] },
      ['events[0].aliases[1]: "old-fire" is already an alias, at events[0].aliases[0]'],
    ],
    [
      'an alias that is not a slug',
      { aliases: ['Old Fire'] },
      ['events[0].aliases[0]: must be a URL-safe slug such as jmg-office-arson'],
    ],
  ])('reports %s', async (_what, overrides, expected) => {
    expect(await problemsOf(withEvent(overrides))).toEqual(expected);
  });

  it('reports an alias that is the id of another event, or an alias of another event', async () => {
    const problems = await problemsOf(
      makeDataset([
        makeEvent({ id: 'a', aliases: ['old-a'] }),
        makeEvent({ id: 'b', aliases: ['a', 'old-a'] }),
      ]),
    );
    expect(problems).toEqual([
      'events[1].aliases[0]: "a" is the id of an event: an alias must be a former id no event has',
      'events[1].aliases[1]: "old-a" is already an alias, at events[0].aliases[0]',
    ]);
  });

  it('reports every problem of every event, in the order of the events', async () => {
    const problems = await problemsOf(
      makeDataset([
        makeEvent({ id: 'a', start: '2014-12-12' }),
        makeEvent({ id: 'b', sources: [{ paragraph: 'p7', quote: 'x' }] }),
        makeEvent({ id: 'a' }),
      ]),
    );
    expect(problems).toEqual([
      'events[0].start: must be 2014-12-13, the earliest date "2014-12-13" allows',
      'events[1].sources[0].paragraph: "p7" is not a paragraph of the document',
      'events[2].id: "a" is used by another event',
    ]);
  });

  it('rejects any quote that is not a verbatim part of its paragraph', async () => {
    const text = PARAGRAPHS[1]?.text ?? '';
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1 }).filter((quote) => !text.includes(quote)),
        async (quote) => {
          expect(await problemsOf(withEvent({ sources: [{ paragraph: 'p2', quote }] }))).toEqual([
            'events[0].sources[0].quote: not found in paragraph p2',
          ]);
        },
      ),
    );
  });
});

describe('validateDataset in other time zones', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it.each(['Pacific/Honolulu', 'Pacific/Kiritimati', 'Asia/Kolkata'])(
    'accepts a timed event the same way on a computer in %s',
    async (zone) => {
      vi.stubEnv('TZ', zone);
      const dataset = withEvent({
        edtf: '2014-12-13T18:00/2014-12-13T21:00',
        start: '2014-12-13T18:00',
        end: '2014-12-13T21:00',
        precision: 'time',
      });
      expect(await problemsOf(dataset)).toEqual([]);
    },
  );
});

describe('formatPath and formatProblem', () => {
  it.each<[PropertyKey[], string]>([
    [[], '(dataset)'],
    [['document'], 'document'],
    [['document', 'paragraphs', 3, 'id'], 'document.paragraphs[3].id'],
    [['events', 3, 'sources', 0, 'quote'], 'events[3].sources[0].quote'],
    [[0], '[0]'],
    [[0, 'x'], '[0].x'],
  ])('writes the path %j as %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });

  it('puts the path before the message', () => {
    expect(
      formatProblem({ path: 'events[3].sources[0].quote', message: 'not found in paragraph p8' }),
    ).toBe('events[3].sources[0].quote: not found in paragraph p8');
  });
});

/** Every place in a JSON value, as a list of keys from the root. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(...value.map((v, i) => pathsOf(v, [...prefix, i])));
  if (typeof value === 'object' && value !== null) {
    return here.concat(...Object.entries(value).map(([k, v]) => pathsOf(v, [...prefix, k])));
  }
  return here;
}

/** A copy of `root` with the value at `path` replaced (or removed, for `undefined`). */
function replaceAt(root: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (replacement === undefined && !Array.isArray(parent)) Reflect.deleteProperty(parent, last);
  else parent[last] = replacement;
  return copy;
}

const validDataset = makeDataset([
  makeEvent(),
  makeEvent({
    id: 'work',
    edtf: '2009~/..',
    start: '2009-01-01',
    end: '2014-12-16',
    ongoing: true,
    kind: 'advocacy',
    sources: [{ paragraph: 'p4', quote: 'five years' }],
  }),
]);
const placesInDataset = pathsOf(validDataset);

/** A valid dataset with one value anywhere in it replaced by any JSON value, or removed. */
const damagedDataset = fc
  .tuple(fc.constantFrom(...placesInDataset), fc.option(fc.jsonValue(), { nil: undefined }))
  .map(([path, replacement]) => replaceAt(validDataset, path, replacement));

function expectWellFormed(result: ValidationResult) {
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(problem.path).not.toBe('');
    expect(problem.message).not.toBe('');
    expect(formatProblem(problem)).toMatch(/^\S.*: \S/);
  }
}

describe('validateDataset on any input', () => {
  it.each<[string, fc.Arbitrary<unknown>]>([
    ['any JSON value', fc.jsonValue()],
    [
      'any value at all',
      fc.anything({
        withBoxedValues: true,
        withMap: true,
        withSet: true,
        withNullPrototype: true,
        withBigInt: true,
        withDate: true,
        withTypedArray: true,
        withSparseArray: true,
        withUnicodeString: true,
      }),
    ],
    ['a valid dataset with one value replaced by any JSON value', damagedDataset],
  ])('resolves for %s and explains every refusal with a located problem', async (_what, input) => {
    await fc.assert(
      fc.asyncProperty(input, async (value) => {
        expectWellFormed(await validateDataset(value));
      }),
    );
  });

  it('refuses anything that is not an object with a document and events', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        fc.pre(typeof value !== 'object' || value === null || Array.isArray(value));
        expect(await problemsOf(value)).toEqual([
          '(dataset): must be a JSON object with "document" and "events"',
        ]);
      }),
    );
  });
});

describe('validateDataset on a dataset with thousands of problems', () => {
  it('lists the first 100 problems and counts the rest, however many events are wrong', async () => {
    const result = await validateDataset({
      document: {},
      events: Array.from({ length: 40_000 }, () => ({})),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(MAX_PROBLEMS);
    expect(result.problems[0]).toEqual({
      path: 'document.title',
      message: 'is missing (must be the document title (a string))',
    });
    expect(result.total).toBeGreaterThan(40_000 * 5);
  });

  it('lists 100 of a million wrong actors of one event without gathering them all', async () => {
    const result = await validateDataset(
      withEvent({ actors: Array.from({ length: 1_000_000 }, () => 1) as unknown as string[] }),
    );
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'events[0].actors: names 1,000,000 actors: an event may name at most 100',
      ...Array.from({ length: 99 }, (_, i) => `events[0].actors[${i}]: must be a string`),
    ]);
  });
});

describe('validateDataset on dates that are not exact', () => {
  it.each(['2014-12-05~/2014-12-08~', '2014-12-13?', '2014-12%', '[2014-12-14..2014-12-16]'])(
    'refuses %s marked stated',
    async (edtf) => {
      const bounds = await loadEdtfReader([edtf]);
      const b = bounds(edtf);
      if ('error' in b) throw new Error(b.error);
      const event = {
        edtf,
        start: b.min,
        certainty: 'stated' as const,
        precision: b.max === b.min ? ('day' as const) : ('days' as const),
      };
      const problems = await problemsOf(
        withEvent(b.max === b.min ? event : { ...event, end: b.max ?? undefined }),
      );
      expect(problems).toEqual([
        `events[0].certainty: cannot be stated: "${edtf}" marks its date as approximate (~), uncertain (?) or one of a set; use approximate or inferred`,
      ]);
    },
  );
});

describe('validateDataset on date fields that contradict each other', () => {
  it.each([
    [
      'a month marked day precision',
      { edtf: '2014-12', start: '2014-12-01', end: '2014-12-31', precision: 'day' as const },
      'events[0].precision: cannot be day: "2014-12" spans more than one day; use days, month or year',
    ],
    [
      'unspecified days marked day precision',
      { edtf: '2014-12-XX', start: '2014-12-01', end: '2014-12-31', precision: 'day' as const },
      'events[0].precision: cannot be day: "2014-12-XX" spans more than one day; use days, month or year',
    ],
    [
      'a single day still going on, with a known start',
      { edtf: '2014-12-13', start: '2014-12-13', ongoing: true },
      'events[0].ongoing: cannot be true for the single day "2014-12-13": give a span ending in .., or mark startUnknown if only the last attested day is known',
    ],
    [
      'an unknown start marked stated',
      { edtf: '2014-12-13', start: '2014-12-13', startUnknown: true, certainty: 'stated' as const },
      'events[0].certainty: cannot be stated: the source gives no start (startUnknown), so the date is inferred',
    ],
  ])('refuses %s', async (_name, event, problem) => {
    expect(await problemsOf(withEvent(event))).toEqual([problem]);
  });

  it('accepts a last attested day still going on when the start is not given', async () => {
    const event = {
      edtf: '2014-12-16',
      start: '2014-12-16',
      ongoing: true,
      startUnknown: true,
      certainty: 'inferred' as const,
    };
    expect(await problemsOf(withEvent(event))).toEqual([]);
  });
});

describe('validateDataset on quotes cut through a word or a character', () => {
  const paragraph = (text: string) => {
    const dataset = withEvent({ sources: [{ paragraph: 'p9', quote: 'x' }] });
    dataset.document.paragraphs.push({ id: 'p9', text });
    return dataset;
  };
  const quoting = (text: string, quote: string) => {
    const dataset = paragraph(text);
    const event = dataset.events[0];
    if (event)
      event.sources = [
        { paragraph: 'p2', quote: 'the office burned' },
        { paragraph: 'p9', quote },
      ];
    return dataset;
  };

  it.each([
    [
      'it is untrue that the police beat Ivanov on 13 December.',
      'true that the police beat Ivanov on 13 December',
      'events[0].sources[1].quote: starts inside a word: “it is un|true that the police…”; quote whole words',
    ],
    [
      'Flags: 🇺🇸🇷🇺 were shown.',
      '🇸🇷',
      'events[0].sources[1].quote: starts inside a character (an accent, a flag, an emoji): “Flags: 🇺|🇸🇷🇺 were shown.”',
      'events[0].sources[1].quote: ends inside a character (an accent, a flag, an emoji): “Flags: 🇺🇸🇷|🇺 were shown.”',
    ],
    [
      'The owner Jose\u0301 spoke.',
      'owner Jose',
      'events[0].sources[1].quote: ends inside a character (an accent, a flag, an emoji): “The owner Jose|\u0301 spoke.”',
    ],
    [
      'The police beat Ivanovich at night.',
      'The police beat Ivanov',
      'events[0].sources[1].quote: ends inside a word: “…e police beat Ivanov|ich at night.”; quote whole words',
    ],
    [
      'We can’t confirm that 1,000 people were detained.',
      'We can',
      'events[0].sources[1].quote: ends inside a word: “We can|’t confirm that 1,00…”; quote whole words',
    ],
    [
      'We can’t confirm that 1,000 people were detained.',
      '000 people were detained',
      'events[0].sources[1].quote: starts inside a word: “…an’t confirm that 1,|000 people were deta…”; quote whole words',
    ],
    [
      'They called for non-violent protest.',
      'violent protest',
      'events[0].sources[1].quote: starts inside a word: “They called for non-|violent protest.”; quote whole words',
    ],
    [
      'They called for non-violent protest.',
      'They called for non',
      'events[0].sources[1].quote: ends inside a word: “They called for non|-violent protest.”; quote whole words',
    ],
    // The context around the edge is whole characters: only the edge itself cuts one.
    [
      'Flag 🇷🇺 flag. Family 👨\u200d👩\u200d👧 emoji.',
      'Flag 🇷',
      'events[0].sources[1].quote: ends inside a character (an accent, a flag, an emoji): “Flag 🇷|🇺 flag. Family …”',
    ],
    [
      'A family 👨\u200d👩\u200d👧 and the flag 🇷🇺 flag.',
      'flag 🇷',
      'events[0].sources[1].quote: ends inside a character (an accent, a flag, an emoji): “… and the flag 🇷|🇺 flag.”',
    ],
    [
      'Don’t go.',
      'Don',
      'events[0].sources[1].quote: ends inside a word: “Don|’t go.”; quote whole words',
    ],
  ])('refuses a quote of %j that is not whole', async (text, quote, ...problems) => {
    expect(await problemsOf(quoting(text, quote))).toEqual(problems);
  });

  it.each([
    ['Ivanov’s office burned.', 'Ivanov'],
    ['The Ivanov’s office burned.', 'Ivanov’s office'],
    ['The 13-year-old boy – a pupil – spoke.', 'a pupil'],
    ['«Мемориал» заявил.', 'Мемориал'],
    ['Flags: 🇺🇸🇷🇺 were shown.', '🇷🇺'],
  ])('accepts the whole words %j of %j', async (text, quote) => {
    expect(await problemsOf(quoting(text, quote))).toEqual([]);
  });
});
