import type { MouseEvent } from 'react';
import { AUTONYMS, LANGUAGES, type Language } from '../i18n/languages.ts';
import { useT } from '../i18n/use-t.ts';
import './language-switcher.css';

export interface LanguageLinksProps {
  /** This view's link in another language, switched in place by `onLanguage`. */
  languageHref: (language: Language) => string;
  onLanguage: (language: Language) => void;
}

/** A plain click (not one that opens a new tab) on an in-app link. */
export const plainClick = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/** One link per language, each named in itself; the interface's own language is marked. */
export function LanguageLinks({ languageHref, onLanguage }: LanguageLinksProps) {
  const { t, language } = useT();
  return (
    <ul className="language-switcher" aria-label={t('language.switcher')}>
      {LANGUAGES.map((code) => (
        <li key={code}>
          <a
            href={languageHref(code)}
            lang={code}
            hrefLang={code}
            aria-current={code === language ? 'true' : undefined}
            onClick={(event) => {
              if (!plainClick(event)) return;
              event.preventDefault();
              onLanguage(code);
            }}
          >
            {AUTONYMS[code]}
          </a>
        </li>
      ))}
    </ul>
  );
}
