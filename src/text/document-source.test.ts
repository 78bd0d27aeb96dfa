import { describe, expect, it } from 'vitest';
import { documentSourceRuns, documentSourceText } from './document-source.ts';

const LETTER = {
  authors: ['Amnesty International', 'Front Line Defenders', 'Human Rights Watch'],
  title: 'Joint Letter to President Putin',
  reference: 'Index: EUR 46/056/2014',
  lang: 'en',
};

describe('documentSourceText', () => {
  it.each([
    [
      'English, with no language note',
      { ...LETTER, date: '16 December 2014', languageNote: '' },
      'Amnesty International, Front Line Defenders, Human Rights Watch. Joint Letter to President Putin. 16 December 2014. Index: EUR 46/056/2014',
    ],
    [
      'Russian, the language note after the title as Russian practice places it',
      { ...LETTER, date: '16 декабря 2014 г.', languageNote: ' [на англ. яз.]' },
      'Amnesty International, Front Line Defenders, Human Rights Watch. Joint Letter to President Putin [на англ. яз.]. 16 декабря 2014 г. Index: EUR 46/056/2014',
    ],
    [
      'Russian without a reference, leaving the closing full stop to the caller (never «г..»)',
      {
        ...LETTER,
        reference: undefined,
        date: '16 декабря 2014 г.',
        languageNote: ' [на англ. яз.]',
      },
      'Amnesty International, Front Line Defenders, Human Rights Watch. Joint Letter to President Putin [на англ. яз.]. 16 декабря 2014 г',
    ],
  ])('names the document: %s', (_, doc, expected) => {
    expect(documentSourceText(doc)).toBe(expected);
    expect(`${documentSourceText(doc)}.`).not.toMatch(/\.\.$/);
  });

  it('marks only the document’s own words with its language, never the reader’s note', () => {
    const runs = documentSourceRuns({
      ...LETTER,
      date: '16 декабря 2014 г.',
      languageNote: ' [на англ. яз.]',
    });
    expect(runs.filter((r) => r.lang === 'en').map((r) => r.text)).toEqual([
      LETTER.authors.join(', '),
      LETTER.title,
      LETTER.reference,
    ]);
  });
});
