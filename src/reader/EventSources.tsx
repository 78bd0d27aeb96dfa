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

/**
 * An event's quotes by paragraph, in the order the event gives them: two quotes from one
 * paragraph show that paragraph once, with both marked.
 */
export function quotesByParagraph<Q extends { paragraph: string }>(
  sources: readonly Q[],
): [string, Q[]][] {
  const groups = new Map<string, Q[]>();
  for (const source of sources) {
    const group = groups.get(source.paragraph);
    if (group) group.push(source);
    else groups.set(source.paragraph, [source]);
  }
  return [...groups];
}

/** The open event's quotes, each paragraph once with its quotes marked, and a way to read it in the letter. */
export function EventSources({ dataset, event, onRead, letterHref }: Props) {
  const { t, language } = useT();
  const lang = dataset.document.language;
  return (
    <>
      {lang !== undefined && lang !== language ? (
        <p className="quotes-language">{t('panel.quotesLanguage', { lang })}</p>
      ) : null}
      {quotesByParagraph(event.sources).map(([paragraphId, quotes]) => {
        const paragraph = dataset.document.paragraphs.find((p) => p.id === paragraphId);
        if (!paragraph) return null;
        const source = { paragraph: paragraphId };
        return (
          <figure key={paragraphId} className="source">
            <blockquote lang={lang}>
              <QuotedParagraph text={paragraph.text} quotes={quotes} />
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
