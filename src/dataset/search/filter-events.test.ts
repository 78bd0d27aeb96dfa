import { describe, expect, it } from 'vitest';
import { makeDataset, makeEvent } from '../../test/datasets.ts';
import { readLetterDataset } from '../../test/letter.ts';
import {
  facetChoices,
  filterEvents,
  isFiltering,
  unknownFilterValues,
  type EventFilters,
  sameEvents,
} from './filter-events.ts';
import { prepareDataset } from '../prepare-dataset.ts';
import { localizeDataset } from '../localize-dataset.ts';

const quote = { paragraph: 'p2', quote: 'In the evening the office burned.' };
const dataset = prepareDataset(
  makeDataset([
    makeEvent({
      id: 'fire',
      title: 'The office burned',
      start: '2014-12-13',
      edtf: '2014-12-13',
      kind: 'violence',
      place: 'Grozny',
      actors: ['Unknown attackers'],
      sources: [quote],
    }),
    makeEvent({
      id: 'search',
      title: 'Office searched by police',
      start: '2014-12-14',
      edtf: '2014-12-14',
      kind: 'police-action',
      place: 'Grozny',
      actors: ['Police', 'Investigators'],
      sources: [quote],
    }),
    makeEvent({
      id: 'threat',
      title: 'Threats against Kalyapin',
      start: '2014-12-15',
      edtf: '2014-12-15',
      kind: 'threat',
      place: 'Moscow',
      actors: ['Ramzan Kadyrov'],
      sources: [quote],
    }),
    makeEvent({
      id: 'statement',
      title: 'Kadyrov speaks on television',
      start: '2014-12-16',
      edtf: '2014-12-16',
      kind: 'official-statement',
      actors: ['Ramzan Kadyrov', 'Police'],
      sources: [quote],
    }),
  ]),
);
const ids = (filters: EventFilters) => filterEvents(dataset, filters).map((e) => e.id);

describe('filterEvents', () => {
  it.each<[string, EventFilters, string[]]>([
    ['nothing, which keeps every event', {}, ['fire', 'search', 'threat', 'statement']],
    ['a search by word prefix', { q: 'kalyap' }, ['threat']],
    ['a search over actors and quotes', { q: 'kadyrov' }, ['threat', 'statement']],
    [
      'a search in a quote shared by all',
      { q: 'evening' },
      ['fire', 'search', 'threat', 'statement'],
    ],
    ['one kind', { kind: ['violence'] }, ['fire']],
    ['two kinds, which add up', { kind: ['violence', 'threat'] }, ['fire', 'threat']],
    [
      'two actors, which add up',
      { actor: ['Police', 'Unknown attackers'] },
      ['fire', 'search', 'statement'],
    ],
    ['a place', { place: ['Grozny'] }, ['fire', 'search']],
    ['a place and an actor, which narrow', { place: ['Grozny'], actor: ['Police'] }, ['search']],
    [
      'a kind and a search, which narrow',
      { kind: ['police-action', 'threat'], q: 'offi polic' },
      ['search'],
    ],
    ['everything at once, with no match', { kind: ['violence'], q: 'kadyrov' }, []],
    [
      'an unknown kind alone, which is ignored',
      { kind: ['flood'] },
      ['fire', 'search', 'threat', 'statement'],
    ],
    [
      'an unknown actor beside a known one, which is ignored',
      { actor: ['Nobody', 'Police'] },
      ['search', 'statement'],
    ],
    ['regex metacharacters, as text: no word, so nothing matches', { q: '.*' }, []],
    [
      'regex metacharacters around a word, as separators',
      { q: '.*(police)+' },
      ['search', 'statement'],
    ],
  ])('filters by %s', (_what, filters, expected) => {
    expect(ids(filters)).toEqual(expected);
  });

  it('returns the dataset’s own list when nothing narrows, and a new one when something does', () => {
    expect(filterEvents(dataset, {})).toBe(dataset.events);
    expect(filterEvents(dataset, { q: 'office' })).not.toBe(dataset.events);
  });

  it('handles a search of 10,000 characters', () => {
    expect(ids({ q: 'police '.repeat(1500) })).toEqual(['search', 'statement']);
  });
});

describe('facets', () => {
  it('lists the choices of each facet with their counts, most events first', () => {
    expect(facetChoices(dataset.events, 'actor')).toEqual([
      { value: 'Police', count: 2 },
      { value: 'Ramzan Kadyrov', count: 2 },
      { value: 'Investigators', count: 1 },
      { value: 'Unknown attackers', count: 1 },
    ]);
    expect(facetChoices(dataset.events, 'place')).toEqual([
      { value: 'Grozny', count: 2 },
      { value: 'Moscow', count: 1 },
    ]);
  });

  it.each([3, 40, 30_000])(
    'counts each actor once per event, however many (%i) it names, repeats included',
    (many) => {
      const actors = Array.from({ length: many }, (_, i) => `Actor ${i % Math.ceil(many / 2)}`);
      const crowded = prepareDataset(
        makeDataset([
          makeEvent({ id: 'crowded', actors }),
          makeEvent({ id: 'other', actors: ['Actor 0'] }),
        ]),
      );
      const choices = facetChoices(crowded.events, 'actor');
      expect(choices).toHaveLength(Math.ceil(many / 2));
      expect(choices[0]).toEqual({ value: 'Actor 0', count: 2 });
      expect(choices.slice(1).every((c) => c.count === 1)).toBe(true);
    },
  );

  it('names the values a link asked for that the dataset does not have', () => {
    expect(
      unknownFilterValues(dataset, {
        kind: ['violence', 'flood'],
        actor: ['Police', 'Nobody'],
        place: ['Atlantis'],
        paragraph: ['p2', 'p999'],
      }),
    ).toEqual({
      kind: ['flood'],
      actor: ['Nobody'],
      place: ['Atlantis'],
      paragraph: ['p999'],
    });
  });

  it('keeps the events that quote a chosen source paragraph', () => {
    const letter = prepareDataset(readLetterDataset());
    const kept = filterEvents(letter, { paragraph: ['p11'] });
    const quoting = letter.events.filter((e) => e.sources.some((s) => s.paragraph === 'p11'));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(letter.events.length);
    expect(kept).toEqual(quoting);
  });

  it.each<[EventFilters, boolean]>([
    [{}, false],
    [{ q: '   ' }, false],
    [{ q: 'a' }, true],
    [{ kind: [] }, false],
    [{ place: ['Grozny'] }, true],
  ])('says whether %j narrows anything', (filters, narrows) => {
    expect(isFiltering(filters)).toBe(narrows);
  });
});

describe('sameEvents', () => {
  const dataset = prepareDataset(
    makeDataset([makeEvent({ id: 'a' }), makeEvent({ id: 'b' }), makeEvent({ id: 'c' })]),
  );
  const [a, b, c] = dataset.events as [
    (typeof dataset.events)[number],
    (typeof dataset.events)[number],
    (typeof dataset.events)[number],
  ];
  it.each([
    ['the same events in the same order', [a, b], [a, b], true],
    ['two empty lists', [], [], true],
    ['another order', [a, b], [b, a], false],
    ['one event more', [a, b], [a, b, c], false],
    ['an equal copy of an event', [a], [{ ...a }], false],
  ])('%s: %s', (_, x, y, expected) => {
    expect(sameEvents(x, y)).toBe(expected);
  });
});

describe('search in the reader’s language', () => {
  const letter = prepareDataset(readLetterDataset());
  const russian = localizeDataset(letter, 'ru');
  const count = (dataset: typeof letter, q: string) => filterEvents(dataset, { q }).length;
  const withPlace = (place: string) => letter.events.filter((e) => e.place === place).length;
  const withActor = (actor: string) => letter.events.filter((e) => e.actors.includes(actor)).length;
  const ofKind = (kind: string) => letter.events.filter((e) => e.kind === kind).length;

  it.each([
    ['a person as the actor filter names him', 'Бабинец', withActor('Sergei Babinets')],
    ['a place as the place filter names it', 'Грозный', withPlace('Grozny')],
    ['a kind as the legend names it', 'притеснения', ofKind('harassment')],
  ])('finds %s in Russian', (_, q, expected) => {
    expect(expected).toBeGreaterThan(0);
    expect(count(russian, q)).toBe(expected);
  });

  it('still finds the labels as written, and finds no Russian names in the dataset as written', () => {
    expect(count(russian, 'Babinets')).toBe(withActor('Sergei Babinets'));
    expect(count(letter, 'Бабинец')).toBe(0);
  });
});
