import { describe, expect, it } from 'vitest';
import { readLetterDataset } from '../src/test/letter.ts';
import { compileCatalogue } from './vite-catalogue-plugin.ts';
import { typesetDatasetTranslations, typesetRussian } from './typeset-russian.ts';

const NBSP = '\u00a0';

describe('typesetRussian', () => {
  it.each([
    [
      'after a short preposition',
      'против терроризма в Грозном',
      `против терроризма в${NBSP}Грозном`,
    ],
    ['after a conjunction', 'звонки и сообщения', `звонки и${NBSP}сообщения`],
    [
      'before a dash',
      'Офис уничтожен пожаром — по-видимому',
      `Офис уничтожен пожаром${NBSP}— по-\u2060видимому`,
    ],
    ['inside a date', '16 декабря 2014 г.', `16${NBSP}декабря 2014${NBSP}г.`],
  ])('puts a no-break space %s', (_where, text, typeset) => {
    expect(typesetRussian(text)).toBe(typeset);
  });

  it.each([
    ['по-видимому', 'по-\u2060видимому'],
    ['По-видимому, сотрудники', 'По-\u2060видимому, сотрудники'],
    ['записаны по-американски', 'записаны по-\u2060американски'],
    ['кто-то и что-либо', `кто-\u2060то и${NBSP}что-\u2060либо`],
    ['пресс-конференция', 'пресс-конференция'],
    ['«self-described» co-operation', '«self-described» co-operation'],
  ])(
    'keeps the particle’s plain hyphen from ending a line in «%s», and no other',
    (text, typeset) => {
      expect(typesetRussian(text)).toBe(typeset);
    },
  );

  it('leaves the letter’s English inside a Russian sentence exactly as written', () => {
    const typeset = typesetRussian('Каляпин «is not in Chechnya» (находится не в Чечне)');
    expect(typeset).toContain('«is not in Chechnya»');
    expect(typeset).toContain(`не${NBSP}в${NBSP}Чечне`);
  });

  it('never changes quotation marks, so the letter’s words inside a sentence stay as written', () => {
    const text = 'лозунги “Kalyapin go home $” и «Stop»';
    expect(typesetRussian(text).replaceAll(NBSP, ' ')).toBe(text);
  });
});

describe('typesetDatasetTranslations', () => {
  it('typesets only the Russian translations, never the source’s words or the English', () => {
    const letter = readLetterDataset();
    const typeset = typesetDatasetTranslations(letter) as typeof letter;
    expect(typeset.document.paragraphs).toEqual(letter.document.paragraphs);
    expect(typeset.events.map((e) => [e.title, e.summary, e.sources])).toEqual(
      letter.events.map((e) => [e.title, e.summary, e.sources]),
    );
    const ru = (e: (typeof letter.events)[number]) => e.translations?.ru?.title ?? '';
    expect(typeset.events.map(ru)).toEqual(letter.events.map((e) => typesetRussian(ru(e))));
    expect(typeset.labels?.Grozny).toEqual(letter.labels?.Grozny);
    expect(typeset.document.source?.translations?.ru?.description).toContain(`в${NBSP}`);
  });
});

describe('the Russian catalogue', () => {
  it('is typeset at build time and still compiles', () => {
    const messages = compileCatalogue('ru');
    expect(JSON.stringify(messages['about.intro'])).toContain(NBSP);
  });
});
