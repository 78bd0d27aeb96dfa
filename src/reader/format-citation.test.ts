import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  prepareDataset,
  type PreparedDataset,
  type PreparedEvent,
} from '../dataset/prepare-dataset.ts';
import type { Dataset, TimelineEvent } from '../dataset/check/schema.ts';
import { makeDataset, makeEvent } from '../test/datasets.ts';
import { readLetterDataset } from '../test/letter.ts';
import { localizeDataset } from '../dataset/localize-dataset.ts';
import { wordsOf } from '../test/words.ts';
import { formatCitation } from './format-citation.ts';
import { inEnglishQuotes } from '../text/quote-marks.ts';

const PDI = '\u2069';
const LINK = 'https://app.test/?event=jmg-office-arson';

const letter = prepareDataset(readLetterDataset());
const eventOf = (dataset: PreparedDataset, id: string): PreparedEvent => {
  const event = dataset.byId.get(id);
  if (!event) throw new Error(`no event ${id}`);
  return event;
};

function prepareWith(event: TimelineEvent, document: Partial<Dataset['document']> = {}) {
  const dataset = makeDataset([event]);
  const prepared = prepareDataset({ ...dataset, document: { ...dataset.document, ...document } });
  return { prepared, event: eventOf(prepared, event.id) };
}

const LETTER_SOURCE = `Source: Amnesty International, Front Line Defenders, Human Rights Watch. Joint Letter to President Putin: Investigate Attacks against Human Rights Defenders, Condemn Collective Punishment. 16 December 2014. Index: EUR 46/056/2014.`;

const LETTER_COPY = `Quoted from the copy of the letter in the file joint-letter-2014-12-16.txt (SHA-256 e88c7e07018866715b2eb9a45f2634a040160f3652e63301cc306fb541961b62).`;

describe('formatCitation', () => {
  it('cites the arson with its title, date, quote, paragraph, letter, organisations, reference and link', () => {
    expect(formatCitation(letter, eventOf(letter, 'jmg-office-arson'), LINK)).toBe(
      [
        `JMG office destroyed by fire in an apparent arson attack, 13 December 2014 (inferred)`,
        `“In the evening, the office of JMG was destroyed by fire caused by an apparent arson attack.” (paragraph 5)`,
        LETTER_SOURCE,
        LETTER_COPY,
        LINK,
      ].join('\n'),
    );
  });

  it.each([
    ['jmg-work-in-chechnya', 'about 2009 – still going on 16 December 2014', ['paragraph 8']],
    ['insurgent-family-homes-torched', 'about 5–8 December 2014', ['paragraph 3']],
    [
      'media-report-interior-ministry-denial',
      'between 14 and 16 December 2014 (inferred)',
      ['paragraph 6'],
    ],
    ['police-forcibly-enter-jmg-apartment', '14 December 2014', ['paragraph 6', 'paragraph 6']],
    ['police-confiscate-jmg-equipment', '14 December 2014 (inferred)', ['paragraph 6']],
    [
      'kalyapin-death-threats',
      'start not given, still going on 16 December 2014 (inferred)',
      ['paragraph 7'],
    ],
    ['joint-letter-to-putin', '16 December 2014', ['heading line', 'heading line', 'closing line']],
  ])('cites %s as of %s, with one quote line per source (%j)', (id, date, paragraphs) => {
    const event = eventOf(letter, id);
    const lines = formatCitation(letter, event, LINK).split('\n');
    expect(lines[0]).toBe(`${event.title}, ${date}`);
    expect(lines.slice(1, -3)).toEqual(
      event.sources.map((s, i) => `${inEnglishQuotes(s.quote)} (${paragraphs[i] ?? ''})`),
    );
    expect(lines.at(-3)).toBe(LETTER_SOURCE);
    expect(lines.at(-2)).toBe(LETTER_COPY);
    expect(lines.at(-1)).toBe(LINK);
  });

  it.each<[string, Partial<Dataset['document']>, string]>([
    [
      'leaves out a missing reference',
      { reference: undefined },
      `Source: First Group, Second Group. A letter about an office. 16 December 2014.`,
    ],
    [
      'leaves out missing organisations',
      { organisations: [] },
      `Source: A letter about an office. 16 December 2014. Ref 1/2014.`,
    ],
    [
      'needs only a title and a date',
      { organisations: [], reference: undefined },
      `Source: A letter about an office. 16 December 2014.`,
    ],
    [
      'leaves out an empty reference',
      { reference: '' },
      `Source: First Group, Second Group. A letter about an office. 16 December 2014.`,
    ],
  ])('%s', (_what, document, sourceLine) => {
    const { prepared, event } = prepareWith(makeEvent(), document);
    expect(formatCitation(prepared, event, LINK).split('\n').at(-2)).toBe(sourceLine);
  });

  it('names a paragraph the document does not have by its id, isolated', () => {
    const { prepared, event } = prepareWith(
      makeEvent({ sources: [{ paragraph: 'p99', quote: 'lost words' }] }),
    );
    expect(formatCitation(prepared, event, LINK).split('\n')[1]).toBe(
      `“lost words” (paragraph p99)`,
    );
  });

  it('sets single marks round a quote with double marks of its own, and keeps its characters', () => {
    const banners = eventOf(letter, 'grozny-demonstration');
    const quote = banners.sources[0]?.quote ?? '';
    expect(quote).toContain('“Kalyapin go home $”');
    expect(formatCitation(letter, banners, LINK).split('\n')[1]).toBe(`‘${quote}’ (paragraph 5)`);
  });

  it('keeps dataset text verbatim, markup and all', () => {
    const title = `<img src=x onerror="alert(1)"> reversed`;
    const quote = 'In the evening the office burned.';
    const { prepared, event } = prepareWith(makeEvent({ title }), {
      title: '**Bold** [x](javascript:alert(1))',
      reference: 'javascript:alert(1)',
    });
    const citation = formatCitation(prepared, event, LINK);
    expect(citation.split('\n')[0]).toBe(`${title}, 13 December 2014`);
    expect(citation).toContain(`“${quote}”`);
    expect(citation).toContain('**Bold** [x](javascript:alert(1))');
    expect(citation).toContain('javascript:alert(1)');
  });

  it.each([
    ['an isolate closed early, then an override', `a${PDI}\u202Eb`, 'a  b'],
    ['an isolate left open', `a\u2067b`, 'a b'],
    ['a line break', 'a\nb\r\nc\u2029d', 'a b  c d'],
    ['a line separator forging a "Source:" line', 'a\u2028Source: forged', 'a Source: forged'],
    ['TAB, VT, FF and NUL', 'a\tb\u000Bc\u000Cd\u0000e', 'a b c d e'],
    ['an ANSI escape', 'a\u001B[2Kb', 'a [2Kb'],
  ])('turns a title with %s into one plain line', (_what, title, plain) => {
    const { prepared, event } = prepareWith(makeEvent({ title }));
    expect(formatCitation(prepared, event, LINK).split('\n')[0]).toBe(`${plain}, 13 December 2014`);
  });

  it.each(['=HYPERLINK("http://evil.test","Source")', '+1', '-1', '@SUM(A1)'])(
    'makes a title starting a spreadsheet formula inert: %s',
    (title) => {
      const { prepared, event } = prepareWith(makeEvent({ title }));
      expect(formatCitation(prepared, event, LINK).split('\n')[0]).toBe(
        `'${title}, 13 December 2014`,
      );
    },
  );
});

describe('formatCitation of a dataset a link loaded', () => {
  const arson = eventOf(letter, 'jmg-office-arson');
  const url = 'https://app.test/h/events.json';

  it('names where the dataset came from, and no file or checksum it only claims', () => {
    const lines = formatCitation(letter, arson, LINK, undefined, { url, letterText: false }).split(
      '\n',
    );
    expect(lines.slice(-3)).toEqual([
      LETTER_SOURCE,
      'From the dataset at https://app.test/h/events.json, which this site has not checked.',
      LINK,
    ]);
  });

  it("names the letter's copy when the dataset's paragraphs are the letter's", () => {
    const citation = formatCitation(letter, arson, LINK, undefined, { url, letterText: true });
    expect(citation.split('\n').slice(-3)).toEqual([
      'From the dataset at https://app.test/h/events.json, which this site has not checked.',
      LETTER_COPY,
      LINK,
    ]);
  });
});

/** Characters only the dataset text below uses; anything else in a citation is the citation's own. */
const DATASET_ALPHABET =
  'xא=+-@ \t\u000B\u000C\u0000\u001B\u2028\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\n\r\u2029\u0085';
const datasetText = fc.string({
  unit: fc.constantFrom(...DATASET_ALPHABET),
  minLength: 1,
  maxLength: 12,
});

describe('formatCitation with any dataset text', () => {
  it('is four plain lines: no control, separator or bidi control anywhere, no line starting a formula', () => {
    fc.assert(
      fc.property(
        fc.record({
          title: datasetText,
          quote: datasetText,
          docTitle: datasetText,
          organisation: datasetText,
          reference: datasetText,
        }),
        ({ title, quote, docTitle, organisation, reference }) => {
          const { prepared, event } = prepareWith(
            makeEvent({ title, sources: [{ paragraph: 'p2', quote }] }),
            {
              title: docTitle,
              organisations: [{ name: organisation }],
              reference,
            },
          );
          const citation = formatCitation(prepared, event, LINK);
          const lines = citation.split('\n');
          expect(lines).toHaveLength(4);
          expect(lines[1]).toMatch(/^“[^]*” \(paragraph 2\)$/);
          expect(lines[2]).toMatch(/^Source: [^]*\.$/);
          expect(lines[3]).toBe(LINK);
          for (const line of lines) {
            expect(line).not.toMatch(/[\p{Cc}\p{Zl}\p{Zp}\u202A-\u202E\u2066-\u2069]/u);
            expect(line).not.toMatch(/^[=+\-@]/);
          }
        },
      ),
    );
  });
});

describe('formatCitation in Russian', () => {
  it('says its own words in Russian, the event by its Russian title, and keeps the quote verbatim and the letter under its own title', () => {
    const russian = localizeDataset(letter, 'ru');
    const arson = eventOf(russian, 'jmg-office-arson');
    // Russian is typeset: no-break spaces read as spaces here.
    expect(formatCitation(letter, arson, LINK, wordsOf('ru')).replace(/\u00a0/g, ' ')).toBe(
      [
        `${arson.title}, 13 декабря 2014 г. (дата выведена из контекста)`,
        `«In the evening, the office of JMG was destroyed by fire caused by an apparent arson attack.» (абзац 5)`,
        'Источник: Amnesty International, Front Line Defenders, Human Rights Watch. Joint Letter to President Putin: Investigate Attacks against Human Rights Defenders, Condemn Collective Punishment [на англ. яз.]. 16 декабря 2014 г. Index: EUR 46/056/2014.',
        'Цитаты взяты из копии письма в файле joint-letter-2014-12-16.txt (SHA-256 e88c7e07018866715b2eb9a45f2634a040160f3652e63301cc306fb541961b62).',
        LINK,
      ].join('\n'),
    );
  });

  it('copies a typeset Russian title with its plain hyphen alone, without the word joiner that keeps the line whole', () => {
    const russian = localizeDataset(letter, 'ru');
    const arson = eventOf(russian, 'jmg-office-arson');
    const typeset = {
      ...arson,
      title: 'Офис СМГ уничтожен пожаром — по-\u2060видимому, в результате поджога',
    };
    const text = formatCitation(letter, typeset, LINK, wordsOf('ru'));
    expect(text).not.toContain('\u2060');
    expect(text).toContain('по-видимому, в результате поджога');
  });
});
