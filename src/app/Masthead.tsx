import type { Ref } from 'react';
import type { DocumentInfo } from '../dataset/check/schema.ts';
import type { Language } from '../i18n/languages.ts';
import { Msg } from '../i18n/Msg.tsx';
import { useDateWords } from '../i18n/use-date-words.ts';
import { useT } from '../i18n/use-t.ts';
import { NoScript } from '../ui/NoScript.tsx';
import { LanguageLinks, plainClick } from './LanguageLinks.tsx';

export interface MastheadProps {
  document: DocumentInfo;
  /** The document's title in the interface's language, and that title's language. */
  title: { text: string; lang: string | undefined };
  onRead: () => void;
  /** The link of the "About this timeline" view, opened in place by `onAbout`. */
  aboutHref: string;
  onAbout: () => void;
  aboutRef: Ref<HTMLAnchorElement>;
  /** The "Read the letter" button, where focus returns when the letter closes. */
  readRef?: Ref<HTMLButtonElement>;
  /** The letter's page, for readers without JavaScript (the letter's dataset only). */
  letterHref?: string | undefined;
  /** This view's link in another language, switched in place by `onLanguage`. */
  languageHref: (language: Language) => string;
  onLanguage: (language: Language) => void;
}

/** The document's title, authors, date and reference, a way into the whole text, how it was read, and the language. */
export function Masthead(props: MastheadProps) {
  const { document: doc, title, onRead, aboutHref, onAbout, aboutRef, readRef, letterHref } = props;
  const { t, language } = useT();
  const dates = useDateWords();
  const docLang = doc.language;
  return (
    <header className="masthead">
      <div className="masthead-text">
        <p className="brand">{t('app.name')}</p>
        <h1 dir="auto" lang={title.lang} tabIndex={-1} data-focus-home>
          {title.text}
        </h1>
        {/* A translated title (the site's words) never passes for the document's own. */}
        {title.lang !== undefined && title.lang !== docLang ? (
          <p className="title-translation">
            <Msg
              id="masthead.translatedTitle"
              values={{
                original: (
                  <cite dir="auto" lang={docLang}>
                    {doc.title}
                  </cite>
                ),
              }}
            />
          </p>
        ) : null}
        <p className="byline">
          {doc.organisations.map((o, i) => (
            <span key={i}>
              {i > 0 ? ' · ' : ''}
              <bdi lang={docLang}>{o.name}</bdi>
            </span>
          ))}
          {doc.organisations.length > 0 ? ' — ' : ''}
          <time dateTime={doc.date}>{dates.civil(doc.date)}</time>
          {doc.reference ? (
            <>
              {' · '}
              <bdi lang={docLang} className="reference">
                {doc.reference}
              </bdi>
            </>
          ) : null}
          {/* A reader of another language is told before any quote that the letter is not in theirs. */}
          {docLang !== undefined && docLang !== language ? (
            <span className="letter-language">
              {' · '}
              {t('masthead.letterLanguage', { lang: docLang })}
            </span>
          ) : null}
        </p>
      </div>
      <div className="masthead-actions">
        <LanguageLinks languageHref={props.languageHref} onLanguage={props.onLanguage} />
        <a
          ref={aboutRef}
          className="about-link"
          href={aboutHref}
          onClick={(event) => {
            if (!plainClick(event)) return;
            event.preventDefault();
            onAbout();
          }}
        >
          {t('app.about')}
        </a>
        <button type="button" className="read-letter" onClick={onRead} ref={readRef}>
          {t('letter.open')}
        </button>
        {letterHref !== undefined ? (
          <NoScript>
            <a className="read-letter" href={letterHref}>
              {t('letter.open')}
            </a>
          </NoScript>
        ) : null}
      </div>
    </header>
  );
}
