import { describe, expect, it } from 'vitest';
import { validateDataset } from '../dataset/check/validate-dataset.ts';
import { datasetWithText, letter } from '../test/export-fixtures.ts';
import { readLetterDataset } from '../test/letter.ts';
import { toDatasetJson } from './dataset-json.ts';

async function readBack(text: string) {
  const json: unknown = JSON.parse(text);
  const result = await validateDataset(json);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return { json: json as Record<string, unknown>, dataset: result.dataset };
}

const byId = <T extends { id: string }>(list: readonly T[]) =>
  [...list].sort((a, b) => a.id.localeCompare(b.id));

describe('toDatasetJson', () => {
  it('writes the letter as a dataset the validator accepts, with the same document and events', async () => {
    const { json, dataset } = await readBack(toDatasetJson(letter, { events: letter.events }));
    const original = readLetterDataset();
    expect(dataset.document).toEqual(original.document);
    expect(byId(dataset.events)).toEqual(
      byId(original.events.map((e) => ({ ...e, actors: e.actors ?? [] }))),
    );
    const count = letter.events.length;
    // The two events whose start the letter does not give say what their bare date means.
    expect(json.export).toEqual({
      events: count,
      of: count,
      filter: null,
      startUnknown: {
        note: expect.stringContaining('not the day of the event') as unknown,
        edtf: {
          'kalyapin-death-threats': '../2014-12-16',
          'russia-leadership-pledges': '../2014-12-16',
        },
      },
    });
    // The kinds keep their own words in other languages, so a reloaded export reads as the letter.
    const russianLabels = dataset.kinds?.map((k) => k.translations?.ru?.label);
    expect(russianLabels).toEqual(letter.kinds.map((k) => k.translations?.ru?.label));
    expect(russianLabels).toContain('Насилие');
  });

  it('writes only the events chosen, the whole document, and the filter they were chosen with', async () => {
    const chosen = letter.events.filter((e) => e.kind === 'police-action');
    const filter = { description: 'kind: Police action', query: 'kind=police-action' };
    const { json, dataset } = await readBack(
      toDatasetJson(
        letter,
        { events: chosen, filter },
        { exportedAt: '2026-11-29T21:00:00.000Z', link: 'https://app.test/?kind=police-action' },
      ),
    );
    expect(dataset.events.map((e) => e.id)).toEqual(chosen.map((e) => e.id));
    expect(dataset.document.paragraphs).toHaveLength(letter.document.paragraphs.length);
    expect(json.export).toEqual({
      events: chosen.length,
      of: letter.events.length,
      filter,
      exportedAt: '2026-11-29T21:00:00.000Z',
      link: 'https://app.test/?kind=police-action',
    });
  });

  it('leaves out what the app computes for its views', () => {
    const text = toDatasetJson(letter, { events: letter.events });
    for (const field of [
      'index',
      'startMs',
      'endMs',
      'pointMs',
      'illustrativeTime',
      'isRange',
      'isBackground',
    ]) {
      expect(text).not.toContain(`"${field}"`);
    }
  });

  it('keeps hostile text as it is', async () => {
    const text = '<script>alert(1)</script> =1+1 "quoted"\n\u202Eevil';
    const { dataset: source } = datasetWithText({
      title: text,
      quote: text,
      docTitle: text,
      organisation: text,
    });
    const { dataset } = await readBack(toDatasetJson(source, { events: source.events }));
    expect(dataset.events[0]?.title).toBe(text);
    expect(dataset.events[0]?.sources[0]?.quote).toBe(text);
    expect(dataset.document.title).toBe(text);
  });

  it('writes a file with no events when none are chosen, which the checker then refuses by name', async () => {
    const text = toDatasetJson(letter, { events: [], filter: { description: 'nothing' } });
    expect((JSON.parse(text) as { events: unknown[] }).events).toEqual([]);
    await expect(readBack(text)).rejects.toThrow(
      /^events: the dataset has no events: list at least one$/,
    );
  });
});
