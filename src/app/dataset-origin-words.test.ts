import { describe, expect, it } from 'vitest';
import { wordsOf } from '../test/words.ts';

describe('what the banner of a linked dataset and its About say was checked', () => {
  it.each([
    ['en', /checked its format and that its quotes are in its text/, /not checked/],
    ['ru', /проверил\sего\sформат\sи\sто,\sчто\sцитаты\sесть\sв\sего\sтексте/, /не\sпроверял/],
  ] as const)(
    'agree in %s: the quotes were checked, the claims were not',
    (lang, checked, denied) => {
      const { t } = wordsOf(lang);
      const banner = t('dataset.origin', { url: 'https://example.org/h/events.json' });
      expect(banner).toMatch(checked);
      // The banner never says the site did not check the dataset, which About contradicts.
      expect(banner).not.toMatch(denied);
      expect(t('about.unauditedNote')).toMatch(
        lang === 'en' ? /found each of its quotes/ : /цитата/,
      );
    },
  );
});
