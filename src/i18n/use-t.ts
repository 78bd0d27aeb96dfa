import { useContext, useMemo, useSyncExternalStore } from 'react';
import { forDocument, LetterWordsContext } from './document-words.ts';
import { i18n, type MessageId } from './i18n.ts';
import type { Language } from './languages.ts';

export type Values = Record<string, string | number>;
export type Translate = (id: MessageId, values?: Values) => string;

const subscribe = (onChange: () => void) => i18n.on('change', onChange);
const currentLanguage = () => i18n.locale as Language;

/** The interface's current language; components that use it re-render when it changes. */
export function useLanguage(): Language {
  return useSyncExternalStore(subscribe, currentLanguage, currentLanguage);
}

/**
 * The interface's words in its current language: `t('timeline.zoomIn')`, with ICU values
 * (`t('list.count', { count })`). A new `t` for each language, so memoised text follows it;
 * in the words of the dataset shown (the letter's, or another document's).
 */
export function useT(): { t: Translate; language: Language } {
  const language = useLanguage();
  // The letter's words, or another document's (see document-words.ts).
  const letter = useContext(LetterWordsContext);
  return useMemo(
    () => ({ t: forDocument((id, values) => i18n._(id, values), letter), language }),
    [language, letter],
  );
}
