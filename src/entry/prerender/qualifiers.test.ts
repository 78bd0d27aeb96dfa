import { describe, expect, it } from 'vitest';
import { localizeDataset } from '../../dataset/localize-dataset.ts';
import { prepareDataset, type PreparedEvent } from '../../dataset/prepare-dataset.ts';
import { toBibtex } from '../../export/bibtex.ts';
import { citedWork } from '../../export/cited-work.ts';
import { toCslJson } from '../../export/csl-json.ts';
import { eventsToCsv } from '../../export/events-csv.ts';
import { toRis } from '../../export/ris.ts';
import type { Language } from '../../i18n/languages.ts';
import { formatCitation } from '../../reader/format-citation.ts';
import { readLetterDataset } from '../../test/letter.ts';
import { wordsOf } from '../../test/words.ts';
import { pageHead } from './head-tags.ts';
import { previewCard } from './preview-card.ts';

/**
 * Nothing travels without its qualifier: every text that leaves the app on its own (a page's
 * head and JSON-LD, a preview card, a citation in every format, a CSV row) carries "inferred",
 * "about", "between … and …" and "still going on 16 December 2014" as the panel does.
 */
const letter = prepareDataset(readLetterDataset());
const SITE = 'https://example.org/timeline/';

/** What each qualifier must read as, in each language (spaces of any width read as spaces). */
const MARKS: Record<Language, { inferred: RegExp; approximate: RegExp; ongoing: RegExp }> = {
  en: {
    inferred: /\binferred\b/,
    approximate: /\b[Aa]bout\b/,
    ongoing: /still going on 16 December 2014/,
  },
  ru: {
    inferred: /выведена из контекста/,
    approximate: /[Пп]римерно/,
    ongoing: /продолжалось\s(?:и\s)?16\sдекабря\s2014\sг\./,
  },
};

/** Every text about the event that can travel alone, by where it goes. */
function travellingTexts(event: PreparedEvent, language: Language): [string, string][] {
  const words = wordsOf(language);
  const head = pageHead(
    letter,
    { kind: 'event', id: event.id, ...(language === 'ru' ? { lang: 'ru' } : {}) },
    SITE,
    {
      language,
      ...words,
    },
  );
  const meta = (name: string) =>
    new RegExp(`(?:name|property)="${name}" content="([^"]*)"`).exec(head.html)?.[1] ?? '';
  const card = previewCard(letter, { kind: 'event', id: event.id }, { language, ...words });
  const localized = localizeDataset(letter, language).byId.get(event.id) ?? event;
  const texts: [string, string][] = [
    ['description', head.description],
    ['og:description', meta('og:description')],
    ['og:image:alt', meta('og:image:alt')],
    ['preview card', card.date],
    [
      'citation',
      formatCitation(letter, localized, 'https://app.test/', words).split('\n')[0] ?? '',
    ],
    [
      'CSV',
      eventsToCsv(letter, [event], {
        kindLabel: (kind) => kind,
        eventLink: (id) => id,
        dateText: words.dates.qualified,
      }),
    ],
  ];
  if (event.certainty !== 'stated') {
    const ld = /<script type="application\/ld\+json">(.*)<\/script>/s.exec(head.html)?.[1] ?? '';
    texts.push(['JSON-LD', ld]);
  }
  if (language === 'en') {
    const work = citedWork(letter, 'Joint letter', 'https://app.test/', event);
    texts.push(['BibTeX', toBibtex(work)], ['RIS', toRis(work)], ['CSL-JSON', toCslJson(work)]);
  }
  return texts;
}

const cases = (['en', 'ru'] as const).flatMap((language) =>
  letter.events.map((event) => [event.id, language, event] as const),
);

describe('dates that travel alone', () => {
  it.each(cases)('%s (%s) keeps its qualifiers wherever it goes', (_id, language, event) => {
    const marks = MARKS[language];
    for (const [where, raw] of travellingTexts(event, language)) {
      const text = raw.replace(/[\u00a0\u202f\u2009]/g, ' ');
      const at = `${where}: ${text}`;
      if (event.certainty === 'inferred') expect(at).toMatch(marks.inferred);
      if (event.certainty === 'approximate') expect(at).toMatch(marks.approximate);
      if (event.ongoing) expect(at).toMatch(marks.ongoing);
      // "Ongoing" alone would say, read today, that it is still going on: the past
      // «продолжалось» only ever with the day it is attested at, never the present «продолжается».
      expect(at).not.toMatch(
        / – ongoing|продолжается|не\sзавершено|продолжалось(?!\s(?:и\s)?16\s)/,
      );
      if (event.startUnknown) expect(at).not.toMatch(/\b(?:10|9) December 2014\b/);
    }
  });

  const startUnknown = letter.events.filter((e) => e.startUnknown);

  it.each(startUnknown.map((e) => [e.id, e] as const))(
    '%s, whose start the letter does not give, leaves the app with an open start and no exact day',
    (_id, event) => {
      const work = citedWork(letter, 'Joint letter', 'https://app.test/', event);
      const [csl] = JSON.parse(toCslJson(work)) as Record<string, unknown>[];
      expect(csl).not.toHaveProperty('event-date');
      expect(csl?.custom).toMatchObject({ edtf: '../2014-12-16', startUnknown: true });
      expect(String(csl?.note)).toMatch(/(?:start|dates) not given/);
      for (const text of [toBibtex(work), toRis(work)]) {
        expect(text).toMatch(/(?:start|dates) not given/);
        expect(text).not.toMatch(/eventdate/);
      }
      const csv = eventsToCsv(letter, [event], { kindLabel: (k) => k, eventLink: (id) => id });
      expect(csv).toContain(',../2014-12-16,,2014-12-16,');
      const head = pageHead(letter, { kind: 'event', id: event.id }, SITE, {
        language: 'en',
        ...wordsOf('en'),
      }).html;
      expect(head).toContain('; EDTF ../2014-12-16)');
      expect(head).not.toMatch(/"startDate"|"endDate"|EDTF 2014-12-16\)/);
    },
  );

  it('writes an inferred span of days as one day between two, not as a three-day span', () => {
    const denial = letter.byId.get('media-report-interior-ministry-denial');
    if (!denial) throw new Error('no event');
    const card = previewCard(
      letter,
      { kind: 'event', id: denial.id },
      { language: 'en', ...wordsOf('en') },
    );
    expect(card.date).toMatch(/^between 14 and 16 December 2014 \(inferred\)/);
  });
});

describe('a quote with double marks of its own', () => {
  it('goes in single marks in the English head and preview card, and in double in neither', () => {
    const id = 'grozny-demonstration';
    const quote = letter.byId.get(id)?.sources[0]?.quote ?? '';
    const words = { language: 'en' as const, ...wordsOf('en') };
    const head = pageHead(letter, { kind: 'event', id }, SITE, words);
    expect(head.description).toBe(`13 December 2014: ‘${quote}’`);
    expect(previewCard(letter, { kind: 'event', id }, words).quote).toBe(`‘${quote}’`);
  });
});

describe('the JSON-LD note on a date not given as one', () => {
  /** The Event node's `disambiguatingDescription` on an event's page, typographic spaces as spaces. */
  const note = (id: string, language: Language) => {
    const head = pageHead(
      letter,
      { kind: 'event', id, ...(language === 'ru' ? { lang: 'ru' } : {}) },
      SITE,
      { language, ...wordsOf(language) },
    ).html;
    const ld = /<script type="application\/ld\+json">(.*)<\/script>/s.exec(head)?.[1] ?? '{}';
    const found = /"disambiguatingDescription":"((?:[^"\\]|\\.)*)"/.exec(ld)?.[1] ?? '';
    return (JSON.parse(`"${found}"`) as string).replace(/[\u00a0\u202f\u2009]/g, ' ');
  };

  it('reads as a sentence and says "inferred" once', () => {
    expect(note('russia-leadership-pledges', 'en')).toBe(
      'Date: on dates not given, up to 16 December 2014 (inferred, not stated; EDTF ../2014-12-16); the letter says “has repeatedly pledged”.',
    );
    expect(note('kalyapin-death-threats', 'en')).not.toMatch(/inferred\): inferred/);
  });

  it('says in Russian how the date is known once, and the letter’s words', () => {
    expect(note('russia-leadership-pledges', 'ru')).toBe(
      'Дата: точные даты не указаны, не позднее 16 декабря 2014 г. (выведена из контекста, прямо не указана; EDTF ../2014-12-16); в письме: «has repeatedly pledged».',
    );
    expect(note('insurgent-family-homes-torched', 'ru')).toMatch(
      /^Дата: примерно 5–8 декабря 2014 г\. \(приблизительная; EDTF 2014-12-05~\/2014-12-08~\); в письме: «Over the next few days»\.$/,
    );
  });
});
