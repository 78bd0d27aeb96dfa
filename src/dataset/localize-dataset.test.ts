import { describe, expect, it } from 'vitest';
import { makeDataset, makeEvent } from '../test/datasets.ts';
import { localizeDataset, localizedTitle } from './localize-dataset.ts';
import { prepareDataset } from './prepare-dataset.ts';

function dataset() {
  const raw = makeDataset([
    makeEvent({
      id: 'translated',
      title: 'The office burned',
      summary: 'Read from the evening.',
      translations: { ru: { title: 'Офис сгорел', summary: 'Понято как вечер.' } },
    }),
    makeEvent({
      id: 'title-only',
      summary: 'No Russian summary.',
      translations: { ru: { title: 'Только заголовок' } },
    }),
    makeEvent({ id: 'untranslated', title: 'Not translated' }),
    makeEvent({
      id: 'labelled',
      title: 'The office was destroyed by fire',
      label: 'Office burned',
      translations: { ru: { title: 'Офис уничтожен пожаром', label: 'Офис сгорел' } },
    }),
    makeEvent({
      id: 'label-untranslated',
      title: 'The office was destroyed by fire',
      label: 'Office burned',
      translations: { ru: { title: 'Офис уничтожен пожаром' } },
    }),
  ]);
  raw.document.language = 'en';
  raw.document.translations = { ru: { title: 'Письмо об офисе' } };
  raw.kinds = [{ id: 'violence', label: 'Violence', translations: { ru: { label: 'Насилие' } } }];
  return prepareDataset(raw);
}

describe('localizeDataset', () => {
  it.each([
    ['translated', 'Офис сгорел', 'ru', 'Понято как вечер.', 'ru'],
    ['title-only', 'Только заголовок', 'ru', 'No Russian summary.', 'en'],
    ['untranslated', 'Not translated', 'en', undefined, undefined],
  ])(
    'gives %s in Russian where the dataset has it, else the original marked as English',
    (id, title, titleLang, summary, summaryLang) => {
      const event = localizeDataset(dataset(), 'ru').byId.get(id);
      expect(event?.title).toBe(title);
      expect(event?.titleLang).toBe(titleLang);
      expect(event?.summary).toBe(summary);
      expect(event?.summaryLang).toBe(summaryLang);
    },
  );

  it.each([
    ['labelled', 'ru', 'Офис сгорел'],
    ['labelled', 'en', 'Office burned'],
    // A Russian title is never drawn beside an English label: without one, the title is drawn.
    ['label-untranslated', 'ru', undefined],
    ['label-untranslated', 'en', 'Office burned'],
  ])('gives %s in %s the label in the title’s language', (id, language, label) => {
    expect(localizeDataset(dataset(), language).byId.get(id)?.label).toBe(label);
  });

  it('keeps everything as it is in the document’s own language, marked as such', () => {
    const original = dataset();
    const english = localizeDataset(original, 'en');
    expect(english.events.map((e) => [e.title, e.titleLang])).toEqual(
      original.events.map((e) => [e.title, 'en']),
    );
    expect(english.kinds[0]?.label).toBe('Violence');
    expect(localizedTitle(original, 'en')).toEqual({
      text: 'A letter about an office',
      lang: 'en',
    });
  });

  it('reads a dataset in its own language without copying its events, and copies only those it translates', () => {
    const original = dataset();
    const english = localizeDataset(original, 'en');
    expect(english.events).toBe(original.events);
    expect(english.byId).toBe(original.byId);
    const russian = localizeDataset(original, 'ru');
    expect(russian.events).not.toBe(original.events);
    // An event without a translation of its own gains only the shown names search reads.
    expect(russian.byId.get('untranslated')).toEqual({
      ...original.byId.get('untranslated'),
      searchWords: ['Насилие'],
    });
    expect(original.byId.get('untranslated')?.searchWords).toBeUndefined();
    expect(russian.byId.get('translated')).not.toBe(original.byId.get('translated'));
    expect(original.byId.get('translated')?.title).toBe('The office burned');
  });

  it('lets search read the shown names of a place and actors, place first, and only those shown in other words', () => {
    const raw = makeDataset([
      makeEvent({
        id: 'named',
        place: 'Grozny',
        actors: ['Police', 'Memorial', 'Unnamed'],
      }),
    ]);
    raw.document.language = 'en';
    raw.labels = {
      Grozny: { translations: { ru: 'Грозный' } },
      Police: { translations: { ru: 'Полиция' } },
      Memorial: { translations: { ru: 'Memorial' } },
    };
    const event = localizeDataset(prepareDataset(raw), 'ru').byId.get('named');
    expect(event?.searchWords).toEqual(['Грозный', 'Полиция', 'Насилие']);
  });

  it('translates kinds and the document title, and never the quotes, places or the original dataset', () => {
    const original = dataset();
    const russian = localizeDataset(original, 'ru');
    expect(russian.kindById.get('violence')).toMatchObject({ label: 'Насилие', labelLang: 'ru' });
    expect(localizedTitle(original, 'ru')).toEqual({ text: 'Письмо об офисе', lang: 'ru' });
    expect(russian.events.map((e) => e.sources)).toEqual(original.events.map((e) => e.sources));
    expect(original.byId.get('translated')?.title).toBe('The office burned');
  });
});
