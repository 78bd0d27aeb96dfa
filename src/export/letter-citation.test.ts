import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { letter } from '../test/export-fixtures.ts';
import { wordsOf } from '../test/words.ts';
import { citationFile, type CitationFormat } from './export-files.ts';

const SHORT = 'joint-letter-2014-12-16';
const HOME = 'https://app.test/';
const SHA = 'e88c7e07018866715b2eb9a45f2634a040160f3652e63301cc306fb541961b62';
const COPY = { file: 'joint-letter-2014-12-16.txt', sha256: SHA };
const TITLE =
  'Joint Letter to President Putin: Investigate Attacks against Human Rights Defenders, Condemn Collective Punishment';
const AUTHORS = 'Amnesty International, Front Line Defenders, Human Rights Watch';
const NOTE = `quoted from the copy of the document in the file joint-letter-2014-12-16.txt (SHA-256 ${SHA})`;

/** The whole letter's citation in one format, as the Citation formats panel makes it. */
function wholeLetter(format: CitationFormat, language: 'en' | 'ru' = 'en'): string {
  const { t, dates } = wordsOf(language);
  return citationFile(format, {
    dataset: letter,
    shortName: SHORT,
    event: undefined,
    link: HOME,
    plainEventText: () => '',
    copy: COPY,
    letterWords: {
      civilDate: dates.civil,
      languageNote: t('citation.sourceLanguage', { language: 'en' }),
      copyLine: t('citation.copy', COPY),
    },
  }).text;
}

describe('the whole letter’s citation', () => {
  it('names the authors, the title, the date and the reference each as a sentence, then the copy it quotes, in plain text', () => {
    expect(wholeLetter('text').split('\n')).toEqual([
      `${AUTHORS}. ${TITLE}. 16 December 2014. Index: EUR 46/056/2014.`,
      `Quoted from the copy of the letter in the file joint-letter-2014-12-16.txt (SHA-256 ${SHA}).`,
      HOME,
      '',
    ]);
  });

  it('tells a Russian reader that the letter is in English, and names the copy in Russian', () => {
    const lines = wholeLetter('text', 'ru')
      .replace(/\u00a0/g, ' ')
      .split('\n');
    expect(lines.slice(0, 2)).toEqual([
      `${AUTHORS}. ${TITLE} [на англ. яз.]. 16 декабря 2014 г. Index: EUR 46/056/2014.`,
      `Цитаты взяты из копии письма в файле joint-letter-2014-12-16.txt (SHA-256 ${SHA}).`,
    ]);
  });

  it('names the copy in BibTeX’s note, RIS’s N1 and CSL-JSON’s note', () => {
    const bib = parse(wholeLetter('bibtex'), { english: false }).entries[0];
    expect(bib?.fields.note).toBe(`Index: EUR 46/056/2014, ${NOTE}`);
    const sentence = `Q${NOTE.slice(1)}.`;
    expect(wholeLetter('ris').split('\r\n')).toContain(`N1  - ${sentence}`);
    const [csl] = JSON.parse(wholeLetter('csl-json')) as { note?: string }[];
    expect(csl?.note).toBe(sentence);
  });

  it('names no copy where none is known (another dataset’s own file)', () => {
    const text = citationFile('text', {
      dataset: letter,
      shortName: SHORT,
      event: undefined,
      link: HOME,
      plainEventText: () => '',
    }).text;
    expect(text).not.toContain('SHA-256');
  });
});
