import { describe, expect, it } from 'vitest';
import { makeDataset, makeEvent, PARAGRAPHS } from '../../test/datasets.ts';
import { checkLimits, LIMITS } from './check-limits.ts';
import type { Dataset } from './schema.ts';
import { formatProblem, validateDataset } from './validate-dataset.ts';

async function problemsOf(dataset: unknown): Promise<string[]> {
  const result = await validateDataset(dataset);
  return result.ok ? [] : result.problems.map(formatProblem);
}

const source = { paragraph: 'p2', quote: 'the office burned' };

describe('checkLimits', () => {
  it.each<[string, () => Dataset, string[]]>([
    [
      'a dataset within every limit',
      () => makeDataset([makeEvent({ actors: ['Police'], place: 'Grozny' })]),
      [],
    ],
    [
      'a paragraph over the length a tab lays out at once',
      () => {
        const dataset = makeDataset([makeEvent()]);
        dataset.document.paragraphs.push({
          id: 'long',
          text: 'word '.repeat(LIMITS.paragraphLength / 5 + 1),
        });
        return dataset;
      },
      [
        `document.paragraphs[${PARAGRAPHS.length}].text: is 50,005 characters long: a paragraph may be at most 50,000`,
      ],
    ],
    [
      'more kinds than lanes a timeline can show',
      () => ({
        ...makeDataset([makeEvent({ kind: 'k0' })]),
        kinds: Array.from({ length: LIMITS.kinds + 1 }, (_, i) => ({
          id: `k${i}`,
          label: `Kind ${i}`,
        })),
      }),
      ['kinds: lists 31 kinds: a timeline may have at most 30 (each is a lane)'],
    ],
    [
      'more sources than an event may cite, one of them given twice',
      () =>
        makeDataset([
          makeEvent({
            sources: Array.from({ length: LIMITS.sourcesPerEvent + 1 }, (_, i) =>
              i === 3 ? source : { ...source, prefix: ' '.repeat(i) },
            ),
          }),
        ]),
      // A list over its limit is cut to it and read no further: a structural problem.
      ['events[0].sources: cites 21 passages: an event may cite at most 20'],
    ],
    [
      'a source given twice',
      () => makeDataset([makeEvent({ sources: [source, { ...source }] })]),
      ['events[0].sources[1]: repeats sources[0]'],
    ],
    [
      'an actor and a place a filter link cannot carry',
      () =>
        makeDataset([
          makeEvent({ actors: ['a'.repeat(201), 'b\u001Bc'], place: 'x'.repeat(5000) }),
        ]),
      [
        'events[0].place: is 5,000 characters long: it may be at most 200',
        'events[0].actors[0]: is 201 characters long: it may be at most 200',
        'events[0].actors[1]: must not contain control characters (here U+001B)',
      ],
    ],
    [
      'a title, a summary and their translations longer than a tab draws at once, and more actors than a filter lists',
      () =>
        makeDataset([
          makeEvent({
            title: 't'.repeat(LIMITS.titleLength + 1),
            summary: 's'.repeat(LIMITS.summaryLength + 1),
            translations: { ru: { title: 'т'.repeat(100_000), summary: 'ok' } },
          }),
        ]),
      [
        'events[0].title: is 10,001 characters long: it may be at most 10,000',
        'events[0].summary: is 50,001 characters long: it may be at most 50,000',
        'events[0].translations.ru.title: is 100,000 characters long: it may be at most 10,000',
      ],
    ],
    [
      'more actors than a filter lists',
      () =>
        makeDataset([
          makeEvent({
            actors: Array.from({ length: LIMITS.actorsPerEvent + 1 }, (_, i) => `Actor ${i}`),
          }),
        ]),
      ['events[0].actors: names 101 actors: an event may name at most 100'],
    ],
    [
      'a document title, organisations, reference and source words with no end',
      () => {
        const dataset = makeDataset([makeEvent()]);
        dataset.document.title = 'T'.repeat(20_000);
        dataset.document.reference = 'R'.repeat(301);
        dataset.document.organisations = [{ name: 'N'.repeat(400), signatory: 'S'.repeat(301) }];
        dataset.document.source = {
          file: 'f'.repeat(301),
          sha256: '0'.repeat(64),
          description: 'd'.repeat(5_001),
        };
        return dataset;
      },
      [
        'document.title: is 20,000 characters long: it may be at most 1,000',
        'document.reference: is 301 characters long: it may be at most 300',
        'document.organisations[0].name: is 400 characters long: it may be at most 300',
        'document.organisations[0].signatory: is 301 characters long: it may be at most 300',
        'document.source.file: is 301 characters long: it may be at most 300',
        'document.source.description: is 5,001 characters long: it may be at most 5,000',
      ],
    ],
    [
      '100,000 organisations',
      () => {
        const dataset = makeDataset([makeEvent()]);
        dataset.document.organisations = Array.from({ length: 100_000 }, () => ({ name: 'O' }));
        return dataset;
      },
      ['document.organisations: names 100,000 organisations: a document may name at most 50'],
    ],
    [
      'a kind label of 3,000 characters and a long description',
      () => ({
        ...makeDataset([makeEvent({ kind: 'k' })]),
        kinds: [
          {
            id: 'k',
            label: 'L'.repeat(3_000),
            description: 'D'.repeat(6_000),
            translations: { ru: { label: 'Л'.repeat(61) } },
          },
        ],
      }),
      [
        'kinds[0].label: is 3,000 characters long: it may be at most 60',
        'kinds[0].description: is 6,000 characters long: it may be at most 5,000',
        'kinds[0].translations.ru.label: is 61 characters long: it may be at most 60',
      ],
    ],
    [
      'an EDTF set of 2,000 dates and a long date wording',
      () =>
        makeDataset([
          makeEvent({
            edtf: `[${Array.from({ length: 2_000 }, () => '2014-12-13').join(',')}]`,
            dateWording: 'w'.repeat(1_001),
          }),
        ]),
      [
        'events[0].dateWording: is 1,001 characters long: it may be at most 1,000',
        'events[0].edtf: is 22,001 characters long: it may be at most 100',
        `events[0].dateWording: "${'w'.repeat(60)}…" is not found verbatim in the event's source paragraphs (p2)`,
      ],
    ],
  ])('reports %s', async (_what, build, expected) => {
    expect(await problemsOf(build())).toEqual(expected);
  });

  it('keeps tabs and line breaks, which a link carries, in actors and places', () => {
    expect(
      checkLimits(makeDataset([makeEvent({ actors: ['two\tmen'], place: 'Grozny\n(city)' })])),
    ).toEqual([]);
  });
});
