import { AUTONYMS, LANGUAGES } from '../../i18n/languages.ts';
import { useT } from '../../i18n/use-t.ts';

/** The editor in each language: `edit/` and `ru/edit/`, with the same draft. */
export function EditorLanguages() {
  const { t, language } = useT();
  const inRussian = window.location.pathname.includes('/ru/edit/');
  const top = inRussian ? '../../' : '../';
  const search = window.location.search;
  return (
    <ul className="language-switcher" aria-label={t('language.switcher')}>
      {LANGUAGES.map((code) => (
        <li key={code}>
          <a
            href={`${top}${code === 'en' ? '' : `${code}/`}edit/${search}`}
            lang={code}
            hrefLang={code}
            aria-current={code === language ? 'true' : undefined}
          >
            {AUTONYMS[code]}
          </a>
        </li>
      ))}
    </ul>
  );
}
