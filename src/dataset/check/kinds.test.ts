import { describe, expect, it } from 'vitest';
import { makeDataset, makeEvent } from '../../test/datasets.ts';
import {
  contrastRatio,
  GRAPHIC_CONTRAST,
  PAGE_BACKGROUND,
  parseHex,
  readableColor,
} from './color-contrast.ts';
import { DEFAULT_KINDS } from '../default-kinds.ts';
import { prepareDataset } from '../prepare-dataset.ts';
import { prepareKinds } from '../prepare-kinds.ts';
import { formatProblem, validateDataset } from './validate-dataset.ts';

const page = parseHex(PAGE_BACKGROUND) ?? [255, 255, 255];
const contrast = (hex: string) => contrastRatio(parseHex(hex) ?? [0, 0, 0], page);

const VOCABULARY = [
  { id: 'police-action', label: 'Police action', color: '#1d4ed8' },
  { id: 'protest', label: 'Protest', description: 'Gatherings and marches', color: '#ffff00' },
];

async function problemsOf(input: unknown): Promise<string[]> {
  const result = await validateDataset(input);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('readableColor', () => {
  it.each([
    ['a dark blue, kept as it is', '#1d4ed8'],
    ['a short form, written out', '#000'],
    ['yellow, darkened', '#ffff00'],
    ['white, darkened to grey', '#ffffff'],
    ['a pale pink, darkened', '#fbcfe8'],
  ])('gives %s a colour with at least 3:1 against the page', (_what, hex) => {
    const color = readableColor(hex) ?? '';
    expect(color).toMatch(/^#[0-9a-f]{6}$/);
    expect(contrast(color)).toBeGreaterThanOrEqual(GRAPHIC_CONTRAST);
  });

  it('keeps a colour that already reads, and darkens only as far as needed', () => {
    expect(readableColor('#1D4ED8')).toBe('#1d4ed8');
    expect(contrast(readableColor('#ffff00') ?? '')).toBeLessThan(GRAPHIC_CONTRAST + 0.2);
  });

  it('refuses what is not a hex colour', () => {
    expect(readableColor('red')).toBeUndefined();
    expect(readableColor('#12345')).toBeUndefined();
  });

  it('keeps every default kind colour as it is', () => {
    for (const kind of DEFAULT_KINDS) expect(readableColor(kind.color ?? '')).toBe(kind.color);
  });
});

describe('a dataset’s vocabulary of kinds', () => {
  it('gives a dataset without kinds the seven default ones, in their order', () => {
    const dataset = prepareDataset(makeDataset());
    expect(dataset.kinds.map((k) => k.id)).toEqual(DEFAULT_KINDS.map((k) => k.id));
    expect(dataset.kinds.every((k) => k.requestedColor === undefined)).toBe(true);
  });

  it('takes a dataset’s own kinds, darkening a colour too light to see and saying which it was', () => {
    const kinds = prepareKinds([...VOCABULARY, { id: 'other', label: 'Other' }]);
    expect(kinds.map((k) => k.id)).toEqual(['police-action', 'protest', 'other']);
    expect(kinds[0]).toEqual({ id: 'police-action', label: 'Police action', color: '#1d4ed8' });
    expect(kinds[1]?.requestedColor).toBe('#ffff00');
    expect(contrast(kinds[1]?.color ?? '')).toBeGreaterThanOrEqual(GRAPHIC_CONTRAST);
    expect(kinds[1]?.description).toBe('Gatherings and marches');
    expect(kinds[2]?.color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('accepts events of the dataset’s own kinds', async () => {
    expect(
      await problemsOf({ ...makeDataset([makeEvent({ kind: 'protest' })]), kinds: VOCABULARY }),
    ).toEqual([]);
  });

  it('reports a kind the vocabulary does not have, with its location', async () => {
    const dataset = {
      ...makeDataset([
        makeEvent({ id: 'a', kind: 'protest' }),
        makeEvent({ id: 'b', kind: 'violence' }),
      ]),
      kinds: VOCABULARY,
    };
    expect(await problemsOf(dataset)).toEqual([
      'events[1].kind: must be one of police-action, protest (the dataset’s kinds)',
    ]);
  });

  it('reports a repeated kind id, a bad id, a missing label and a colour that is not one', async () => {
    const kinds = [
      { id: 'protest', label: 'Protest' },
      { id: 'protest', label: 'Again' },
      { id: 'Bad Id', label: 'Bad' },
      { id: 'no-label' },
      { id: 'named-colour', label: 'Named', color: 'red' },
    ];
    expect(await problemsOf({ ...makeDataset([makeEvent({ kind: 'protest' })]), kinds })).toEqual([
      'kinds[2].id: must be a URL-safe slug such as police-action',
      'kinds[3].label: is missing (must be the kind as readers see it (a string))',
      'kinds[4].color: must be a colour such as #1d4ed8',
    ]);
    const valid = kinds.slice(0, 2);
    expect(
      await problemsOf({ ...makeDataset([makeEvent({ kind: 'protest' })]), kinds: valid }),
    ).toEqual(['kinds[1].id: "protest" is used by another kind']);
  });

  it('refuses an empty list of kinds', async () => {
    expect(await problemsOf({ ...makeDataset(), kinds: [] })).toEqual([
      'kinds: must list at least one kind (or be left out)',
    ]);
  });
});
