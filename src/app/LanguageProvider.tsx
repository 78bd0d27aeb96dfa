import { useEffect, type ReactNode } from 'react';
import { activateLanguage } from '../i18n/i18n.ts';
import { browserLanguages, chooseLanguage } from '../i18n/languages.ts';
import { useLanguage } from '../i18n/use-t.ts';
import { useUrlState } from '../url-state/use-url-state.ts';

/**
 * Keeps the interface in the language the link asks for (else the browser's, else English):
 * the language's catalogue is fetched on first use, the page's `<html lang>` follows, and
 * until the catalogue arrives the interface stays in the language it had.
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const { state } = useUrlState();
  const wanted = chooseLanguage(state.lang, browserLanguages());
  const language = useLanguage();
  useEffect(() => {
    // A catalogue that cannot be fetched (offline) leaves the interface as it is.
    activateLanguage(wanted).catch(() => undefined);
  }, [wanted]);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return children;
}
