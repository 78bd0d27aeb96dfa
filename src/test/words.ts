import { setupI18n } from '@lingui/core';
import { messages as en } from 'virtual:catalogue/en';
import { messages as ru } from 'virtual:catalogue/ru';
import { dateWords, type DateWords } from '../i18n/format-dates.ts';
import type { Language } from '../i18n/languages.ts';
import type { Translate } from '../i18n/use-t.ts';

/** A language's words as the UI has them (its own catalogue, its dates), apart from the app's i18n. */
export function wordsOf(language: Language): { t: Translate; dates: DateWords } {
  const i18n = setupI18n({
    locale: language,
    messages: { [language]: language === 'ru' ? ru : en },
  });
  const t: Translate = (id, values) => i18n._(id, values);
  return { t, dates: dateWords(language, t) };
}
