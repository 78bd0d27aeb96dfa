import { describe, expect, it } from 'vitest';
import { readLetterDataset } from '../../test/letter.ts';
import { localizeDataset } from '../localize-dataset.ts';
import { prepareDataset } from '../prepare-dataset.ts';
import { filterEvents } from './filter-events.ts';
import { stemRussian } from './russian-stem.ts';
import { queryTerms } from './search-text.ts';

describe('stemRussian', () => {
  it.each([
    ['поджоги', 'поджог'],
    ['телевидение', 'телевиден'],
    ['полиция', 'полиц'],
    ['боевики', 'боевик'],
    ['угроза', 'угроз'],
    ['конференция', 'конференц'],
    ['угрозами', 'угроз'],
    ['правозащитников', 'правозащитник'],
    // folded «й» is «и»: «чеченский» → «чеченскии»
    ['чеченскии', 'чеченск'],
  ])('cuts %s to %s', (word, stem) => {
    expect(stemRussian(word)).toBe(stem);
  });

  it.each([
    ['a short beginning, already a stem', 'поли'],
    ['a stem with no ending', 'полиц'],
    ['an English word', 'kadyrov'],
    ['an English word with a Russian-looking ending', 'media'],
    ['a word mixing scripts', 'смгjmg'],
    ['digits', '2014'],
  ])('leaves %s as it is', (_what, word) => {
    expect(stemRussian(word)).toBe(word);
  });

  it('keeps at least four letters', () => {
    expect(stemRussian('судья')).toBe('судь');
    expect(stemRussian('армии')).toBe('арми');
  });
});

describe('queryTerms', () => {
  it('stems each Russian word of a query, and leaves English ones as typed', () => {
    expect(queryTerms('Пресс-конференция Kadyrov’s')).toEqual([
      'пресс',
      'конференц',
      'kadyrov',
      's',
    ]);
  });
});

describe('searching the letter in Russian', () => {
  const letter = prepareDataset(readLetterDataset());
  const ru = localizeDataset(letter, 'ru');
  const found = (q: string) => filterEvents(ru, { q }).map((e) => e.id);

  it.each([
    ['поджоги', 'поджога'],
    ['телевидение', 'телевиден'],
    ['полиция', 'полици'],
    ['боевики', 'боевиков'],
    ['угроза', 'угроз'],
    ['пресс-конференция', 'пресс-конференци'],
  ])('finds with «%s» every event that «%s» finds', (dictionaryForm, otherForm) => {
    const wanted = found(otherForm);
    expect(wanted.length).toBeGreaterThan(0);
    expect(found(dictionaryForm)).toEqual(wanted);
  });

  it('finds more than one event with «полиция», «боевики» and «поджоги»', () => {
    expect(found('полиция').length).toBeGreaterThan(1);
    expect(found('боевики').length).toBeGreaterThan(1);
    expect(found('поджоги').length).toBeGreaterThan(1);
  });

  it('finds «Дмитриев», the usual spelling, where the letter writes «Dimitriev» (labels.searchAlso)', () => {
    const naming = ru.events.filter((e) => e.actors.includes('Dmitry Dimitriev'));
    expect(naming.length).toBe(2);
    for (const event of naming) expect(event.searchWords).toContain('Дмитриев');
    expect(found('Дмитриев')).toEqual(naming.map((e) => e.id));
    expect(found('Димитриев')).toEqual(naming.map((e) => e.id));
  });

  it.each([
    ['Сводная мобильная группа', 'СМГ'],
    ['Министерство внутренних дел', 'МВД'],
  ])('finds with «%s» every event that writes «%s»', (full, short) => {
    const wanted = found(short);
    expect(wanted.length).toBeGreaterThan(0);
    expect(found(full)).toEqual(wanted);
  });

  it('finds with “Joint Mobile Group” every event that writes “JMG”, and the other way round, in English', () => {
    const en = localizeDataset(letter, 'en');
    const found = (q: string) => filterEvents(en, { q }).map((e) => e.id);
    expect(found('JMG').length).toBeGreaterThan(1);
    expect(found('JMG')).toContain('jmg-work-in-chechnya');
    expect(found('Joint Mobile Group')).toEqual(found('JMG'));
  });

  it('finds in English as before', () => {
    const en = (q: string) => filterEvents(letter, { q }).map((e) => e.id);
    expect(en('arson').length).toBeGreaterThan(0);
    expect(en('police')).toEqual(en('polic'));
  });
});
