import type { PreparedDataset, PreparedEvent } from '../dataset/prepare-dataset.ts';
import { useT } from '../i18n/use-t.ts';
import { NoScript } from '../ui/NoScript.tsx';
import { QuotedParagraph } from './QuotedParagraph.tsx';

interface Props {
  dataset: PreparedDataset;
  event: PreparedEvent;
  onRead: (paragraphId: string) => void;
  /** The letter's page, for readers without JavaScript (the letter's dataset only). */
  letterHref?: string | undefined;
}

/** The open event's quotes, each in its paragraph, with a way to read it in the letter. */
export function EventSources({ dataset, event, onRead, letterHref }: Props) {
  const { t, language } = useT();
  const lang = dataset.document.language;
  return (
    <>
      {lang !== undefined && lang !== language ? (
        <p className="quotes-language">{t('panel.quotesLanguage', { lang })}</p>
      ) : null}
      {event.sources.map((source, i) => {
        const paragraph = dataset.document.paragraphs.find((p) => p.id === source.paragraph);
        if (!paragraph) return null;
        return (
          <figure key={i} className="source">
            <blockquote lang={lang}>
              <QuotedParagraph text={paragraph.text} quotes={[source]} />
            </blockquote>
            <figcaption>
              <span>
                {t('panel.paragraph', {
                  number: dataset.paragraphNumber.get(source.paragraph) ?? 0,
                  part: dataset.paragraphPart.get(source.paragraph) ?? 'body',
                })}
              </span>
              <button type="button" className="link-button" onClick={() => onRead(paragraph.id)}>
                {t('panel.readInLetter')}
              </button>
              {letterHref !== undefined ? (
                <NoScript>
                  <a href={`${letterHref}#${paragraph.id}`}>{t('panel.readInLetter')}</a>
                </NoScript>
              ) : null}
            </figcaption>
          </figure>
        );
      })}
    </>
  );
}
