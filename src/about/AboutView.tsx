import { useEffect, useRef } from 'react';
import type { DocumentInfo } from '../dataset/check/schema.ts';
import type { SourceFileLink } from '../dataset/source-file-link.ts';
import type { PreparedKind } from '../dataset/prepare-dataset.ts';
import type { MessageId } from '../i18n/i18n.ts';
import { Msg } from '../i18n/Msg.tsx';
import { useDateWords } from '../i18n/use-date-words.ts';
import { useT } from '../i18n/use-t.ts';
import { editCopyHref } from '../url-state/edit-link.ts';
import { useUrlState } from '../url-state/use-url-state.ts';
import './about.css';

export interface AboutViewProps {
  document: DocumentInfo;
  eventCount: number;
  /**
   * The source file this site offers for the dataset, and its checksum: the letter's, for a
   * dataset whose paragraphs are the letter's; none for any other.
   */
  sourceFile: SourceFileLink | undefined;
  /** The kinds, in the reader's language where the dataset gives it: what each one covers. */
  kinds: readonly PreparedKind[];
  /** The claim-by-claim audit of the dataset, when there is one. */
  auditHref: string | undefined;
  onClose: () => void;
}

/** How the events were read from the source, in plain words: the rules every event is held to. */
const READING_RULES: readonly MessageId[] = [
  'about.rule.title',
  'about.rule.dateWords',
  'about.rule.stated',
  'about.rule.learned',
  'about.rule.who',
  'about.rule.kind',
  'about.rule.quote',
  'about.rule.oneEach',
];

/** What the timeline is made from and how: the source, its file and checksum, the rules of reading. */
export function AboutView({
  document: doc,
  eventCount,
  sourceFile,
  kinds,
  auditHref,
  onClose,
}: AboutViewProps) {
  const { t, language } = useT();
  const { state, prefix } = useUrlState();
  const dates = useDateWords();
  const lang = doc.language;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  const source = doc.source;
  // The title in the reader's language is the site's translation: named as one beside the original.
  const translatedTitle = language === lang ? undefined : doc.translations?.[language]?.title;
  const translated = source?.translations?.[language]?.description;
  // The description in the reader's language where the dataset gives one, else as written.
  const description =
    translated !== undefined && translated !== ''
      ? { text: translated, lang: language }
      : { text: source?.description, lang };

  return (
    <section className="about-view" aria-labelledby="about-title">
      <div className="panel-head">
        <h2 id="about-title" ref={headingRef} tabIndex={-1} className="panel-title" data-focus-home>
          {t('app.about')}
        </h2>
        <button type="button" onClick={onClose}>
          {t('panel.close')}
        </button>
      </div>

      <h3>{t('about.source')}</h3>
      <p>
        <Msg
          id="about.intro"
          values={{
            count: eventCount,
            title: (
              <cite dir="auto" lang={lang}>
                {doc.title}
              </cite>
            ),
            translated: translatedTitle ? 'some' : 'none',
            translatedTitle: <cite lang={language}>{translatedTitle}</cite>,
            authors: doc.organisations.length > 0 ? 'some' : 'none',
            authorList: (
              <>
                {doc.organisations.map((o, i) => (
                  <span key={i}>
                    {i > 0 ? ', ' : ''}
                    <bdi lang={lang}>{o.name}</bdi>
                  </span>
                ))}
              </>
            ),
            date: <time dateTime={doc.date}>{dates.civil(doc.date)}</time>,
            reference: doc.reference ? 'some' : 'none',
            referenceText: <bdi lang={lang}>{doc.reference}</bdi>,
          }}
        />
      </p>

      <h3>{t('about.whereFrom')}</h3>
      {source ? (
        <>
          {description.text ? (
            <p dir="auto" lang={description.lang}>
              {description.text}
            </p>
          ) : null}
          {sourceFile ? (
            <>
              <dl className="about-file">
                <dt>{t('about.file')}</dt>
                <dd>
                  <a href={sourceFile.href} translate="no">
                    {sourceFile.name}
                  </a>
                </dd>
                <dt>{t('about.checksum')}</dt>
                <dd>
                  <code>{sourceFile.sha256}</code>
                </dd>
              </dl>
              <p>{t('about.fileNote')}</p>
            </>
          ) : (
            <p>
              <Msg
                id="about.fileUnproved"
                values={{ file: <bdi translate="no">{source.file}</bdi> }}
              />
            </p>
          )}
        </>
      ) : (
        <p>{t('about.noFile')}</p>
      )}

      {/* The site vouches only for a dataset it has audited; for any other the rules are the authors' to keep. */}
      <h3>{t(auditHref ? 'about.howRead' : 'about.rulesUnaudited')}</h3>
      {auditHref ? null : <p>{t('about.unauditedNote')}</p>}
      <ol className="about-rules">
        {READING_RULES.map((rule) => (
          <li key={rule}>{t(rule)}</li>
        ))}
      </ol>

      {/* The legend's toggles show each description only as a tooltip, which keys and touch never reach. */}
      {kinds.some((kind) => kind.description) ? (
        <>
          <h3>{t('about.kinds')}</h3>
          <dl className="about-kinds">
            {kinds.map((kind) => (
              <div key={kind.id}>
                <dt>
                  <span className={`kind-swatch kind--${kind.id}`} aria-hidden="true" />
                  <bdi lang={kind.labelLang}>{kind.label}</bdi>
                </dt>
                <dd dir="auto" lang={kind.translations?.[language]?.description ? language : lang}>
                  {kind.description}
                </dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}

      {auditHref ? (
        <>
          <h3>{t('about.audit')}</h3>
          <p>
            <Msg
              id="about.auditText"
              values={{ link: <a href={auditHref}>{t('about.auditLink')}</a> }}
            />
          </p>
        </>
      ) : null}

      <p className="about-edit">
        <a href={editCopyHref(prefix, state.data, language)}>{t('open.editCopy')}</a>{' '}
        {t('open.editNote')}
      </p>
    </section>
  );
}
