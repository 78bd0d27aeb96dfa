import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  prepareDataset,
  type PreparedDataset,
  type PreparedEvent,
} from '../dataset/prepare-dataset.ts';
import type { Dataset, TimelineEvent } from '../dataset/schema.ts';
import { makeDataset, makeEvent } from '../test/datasets.ts';
import { readLetterDataset } from '../test/letter.ts';
import { formatCitation } from './format-citation.ts';

const FSI = '\u2068';
const PDI = '\u2069';
const iso = (text: string) => `${FSI}${text}${PDI}`;
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

const LETTER_SOURCE = `Source: ${iso('Amnesty International')}, ${iso('Front Line Defenders')}, ${iso('Human Rights Watch')}, ${iso(
  'Joint Letter to President Putin: Investigate Attacks against Human Rights Defenders, Condemn Collective Punishment',
)}, 16 December 2014, ${iso('Index: EUR 46/056/2014')}.`;

describe('formatCitation', () => {
  it('cites the arson with its title, date, quote, paragraph, letter, organisations, reference and link', () => {
    expect(formatCitation(letter, eventOf(letter, 'jmg-office-arson'), LINK)).toBe(
      [
        `${iso('JMG office destroyed by fire in an apparent arson attack')} (13 December 2014, date inferred from the context)`,
        `“${iso('In the evening, the office of JMG was destroyed by fire caused by an apparent arson attack.')}” (paragraph 8)`,
        LETTER_SOURCE,
        LINK,
      ].join('\n'),
    );
  });

  it.each([
    ['jmg-work-in-chechnya', 'about 2009 – ongoing', ['paragraph 11']],
    ['insurgent-family-homes-torched', 'about 5–8 December 2014', ['paragraph 6']],
    [
      'media-report-interior-ministry-denial',
      '14–16 December 2014, date inferred from the context',
      ['paragraph 9'],
    ],
    ['police-raid-jmg-apartment', '14 December 2014', ['paragraph 9', 'paragraph 9']],
    [
      'police-confiscate-jmg-equipment',
      '14 December 2014, date inferred from the context',
      ['paragraph 9'],
    ],
    [
      'kalyapin-death-threats',
      '10 December 2014 – ongoing, date inferred from the context',
      ['paragraph 10', 'paragraph 4', 'paragraph 7'],
    ],
    ['joint-letter-to-putin', '16 December 2014', ['paragraph 2', 'paragraph 1', 'paragraph 17']],
  ])('cites %s as of %s, with one quote line per source (%j)', (id, date, paragraphs) => {
    const event = eventOf(letter, id);
    const lines = formatCitation(letter, event, LINK).split('\n');
    expect(lines[0]).toBe(`${iso(event.title)} (${date})`);
    expect(lines.slice(1, -2)).toEqual(
      event.sources.map((s, i) => `“${iso(s.quote)}” (${paragraphs[i] ?? ''})`),
    );
    expect(lines.at(-2)).toBe(LETTER_SOURCE);
    expect(lines.at(-1)).toBe(LINK);
  });

  it.each<[string, Partial<Dataset['document']>, string]>([
    [
      'leaves out a missing reference',
      { reference: undefined },
      `Source: ${iso('First Group')}, ${iso('Second Group')}, ${iso('A letter about an office')}, 16 December 2014.`,
    ],
    [
      'leaves out missing organisations',
      { organisations: [] },
      `Source: ${iso('A letter about an office')}, 16 December 2014, ${iso('Ref 1/2014')}.`,
    ],
    [
      'needs only a title and a date',
      { organisations: [], reference: undefined },
      `Source: ${iso('A letter about an office')}, 16 December 2014.`,
    ],
    [
      'leaves out an empty reference',
      { reference: '' },
      `Source: ${iso('First Group')}, ${iso('Second Group')}, ${iso('A letter about an office')}, 16 December 2014.`,
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
      `“${iso('lost words')}” (paragraph ${iso('p99')})`,
    );
  });

  it('keeps dataset text verbatim inside its isolate, markup and overrides included', () => {
    const title = `<img src=x onerror="alert(1)"> \u202Ereversed`;
    const quote = 'In the evening the office burned.';
    const { prepared, event } = prepareWith(makeEvent({ title }), {
      title: '**Bold** [x](javascript:alert(1))',
      reference: 'javascript:alert(1)',
    });
    const citation = formatCitation(prepared, event, LINK);
    expect(citation.split('\n')[0]).toBe(`${iso(title)} (13 December 2014)`);
    expect(citation).toContain(`“${iso(quote)}”`);
    expect(citation).toContain(iso('**Bold** [x](javascript:alert(1))'));
    expect(citation).toContain(iso('javascript:alert(1)'));
  });

  it.each([
    ['a closing isolate that would end the isolate early', `a${PDI}\u202Eb`, `a\u202Eb`],
    ['an isolate it opens and leaves open', `a\u2067b`, `a\u2067b${PDI}`],
    ['isolates it opens and closes itself', `a\u2066b${PDI}c`, `a\u2066b${PDI}c`],
    ['a line break', 'a\nb\r\nc\u2029d', 'a b c d'],
  ])('keeps a title with %s inside its own isolate', (_what, title, inside) => {
    const { prepared, event } = prepareWith(makeEvent({ title }));
    expect(formatCitation(prepared, event, LINK).split('\n')[0]).toBe(
      `${iso(inside)} (13 December 2014)`,
    );
  });
});

/**
 * Follows the explicit embeddings and isolates of one line as the Unicode bidirectional
 * algorithm does (UAX #9, X1-X8), and returns the depth of the stack before each character.
 */
function bidiDepths(line: string): number[] {
  const stack: ('embedding' | 'isolate')[] = [];
  const depths: number[] = [];
  for (const ch of line) {
    depths.push(stack.length);
    if ('\u202A\u202B\u202D\u202E'.includes(ch)) stack.push('embedding');
    else if ('\u2066\u2067\u2068'.includes(ch)) stack.push('isolate');
    else if (ch === '\u202C') {
      if (stack.at(-1) === 'embedding') stack.pop();
    } else if (ch === PDI && stack.includes('isolate')) {
      while (stack.pop() !== 'isolate');
    }
  }
  return depths;
}

/** Characters only the dataset text below uses; anything else in a citation is the citation's own. */
const DATASET_ALPHABET =
  'xא \u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\n\r\u2029\u0085';
const datasetText = fc.string({
  unit: fc.constantFrom(...DATASET_ALPHABET),
  minLength: 1,
  maxLength: 12,
});

describe('formatCitation with any dataset text', () => {
  it('keeps every character of the citation itself outside all isolates and overrides, on its own line', () => {
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
          expect(lines[1]).toMatch(/^“\u2068[^]*\u2069” \(paragraph 2\)$/);
          expect(lines[2]).toMatch(/^Source: \u2068[^]*\u2069\.$/);
          expect(lines[3]).toBe(LINK);
          for (const line of lines) {
            expect(line).not.toMatch(/[\r\u2029\u0085]/);
            const depths = bidiDepths(line);
            [...line].forEach((ch, i) => {
              if (!DATASET_ALPHABET.includes(ch))
                expect(depths[i], `${JSON.stringify(ch)} in ${JSON.stringify(line)}`).toBe(0);
            });
            expect(bidiDepths(`${line}.`).at(-1)).toBe(0);
          }
        },
      ),
    );
  });
});
