import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type RefObject } from 'react';
import type { PreparedDataset } from '../dataset/prepare-dataset.ts';
import { useDateWords } from '../i18n/use-date-words.ts';
import { useT } from '../i18n/use-t.ts';
import { scrollWithin } from '../ui/scroll-within.ts';
import { LetterParagraph, type LetterParagraphProps } from './LetterParagraph.tsx';
import { letterQuotes } from './letter-quotes.ts';
import { ReaderProvenance, type ReaderProvenanceProps } from './ReaderProvenance.tsx';

export interface LetterReaderProps {
  dataset: PreparedDataset;
  paragraphId: string;
  currentEventId: string | undefined;
  onOpenEvent: (id: string) => void;
  /** The link that opens an event, so a quote can also be opened in a new tab. */
  eventHref: (id: string) => string;
  onClose: () => void;
  about?: ReaderProvenanceProps; // the letter's own site only: where the text comes from
}

/** Above this many paragraphs, only the paragraphs in view are rendered. */
export const VIRTUAL_LETTER_THRESHOLD = 200;

type ParagraphsProps = Omit<LetterParagraphProps, 'paragraph'> & {
  dataset: PreparedDataset;
  paragraphId: string;
  /** The scrolling section, for the short form (the long one finds it from its list). */
  sectionRef?: RefObject<HTMLElement | null>;
};

const targetIn = (section: HTMLElement | null, id: string) =>
  section?.querySelector<HTMLElement>(`[data-paragraph="${CSS.escape(id)}"]`) ?? null;

/** A heading or closing line is shown without a number; the paragraph a link names is marked. */
const paragraphClass = (paragraph: { id: string; numbered?: boolean }, target: string) =>
  [paragraph.numbered === false ? 'is-unnumbered' : '', paragraph.id === target ? 'is-target' : '']
    .filter(Boolean)
    .join(' ') || undefined;

/** Every paragraph rendered: a short document, searchable with the browser's Find. */
function AllParagraphs({ dataset, paragraphId, sectionRef, ...rest }: ParagraphsProps) {
  useEffect(() => {
    const section = sectionRef?.current ?? null;
    const target = targetIn(section, paragraphId);
    if (!section || !target) return;
    scrollWithin(section, target, 64);
    target.focus({ preventScroll: true });
  }, [paragraphId, sectionRef]);

  return (
    <ol className="reader-paragraphs">
      {dataset.document.paragraphs.map((paragraph, index) => (
        <li
          key={`${paragraph.id}-${index}`}
          id={paragraph.id}
          data-paragraph={paragraph.id}
          tabIndex={-1}
          className={paragraphClass(paragraph, paragraphId)}
          value={dataset.paragraphNumber.get(paragraph.id)}
        >
          <LetterParagraph paragraph={paragraph} {...rest} />
        </li>
      ))}
    </ol>
  );
}

/**
 * A long document rendered as it scrolls into view: still one <ol> whose items keep their
 * numbers, so 10,000 paragraphs open at once and never block the page.
 */
function VirtualParagraphs({ dataset, paragraphId, ...rest }: Omit<ParagraphsProps, 'sectionRef'>) {
  const listRef = useRef<HTMLOListElement>(null);
  const paragraphs = dataset.document.paragraphs;
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read only during render here.
  const virtualizer = useVirtualizer({
    count: paragraphs.length,
    // The reader section scrolls. It is read through the list's own element: a parent's ref is
    // not attached yet when this component's layout effects first run.
    getScrollElement: () => listRef.current?.parentElement ?? null,
    estimateSize: () => 96,
    overscan: 4,
    scrollMargin: listRef.current?.offsetTop ?? 0,
  });
  const targetIndex = dataset.paragraphPosition.get(paragraphId);
  const focusPending = useRef(true);
  useEffect(() => {
    focusPending.current = true;
    if (targetIndex !== undefined) virtualizer.scrollToIndex(targetIndex - 1, { align: 'start' });
  }, [targetIndex, virtualizer]);
  // Once the target paragraph is rendered, it takes focus (once per target).
  useEffect(() => {
    const target = targetIn(listRef.current, paragraphId);
    if (!focusPending.current || !target) return;
    focusPending.current = false;
    target.focus({ preventScroll: true });
  });

  const items = virtualizer.getVirtualItems();
  return (
    <ol
      ref={listRef}
      className="reader-paragraphs is-virtual"
      style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
    >
      {items.map((item) => {
        const paragraph = paragraphs[item.index];
        if (!paragraph) return null;
        return (
          <li
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            data-paragraph={paragraph.id}
            tabIndex={-1}
            className={paragraphClass(paragraph, paragraphId)}
            value={dataset.paragraphNumber.get(paragraph.id)}
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              right: 0,
              transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)`,
            }}
          >
            <LetterParagraph paragraph={paragraph} {...rest} />
          </li>
        );
      })}
    </ol>
  );
}

/** The whole document, paragraph by paragraph, with every quoted span a way into its event. */
export function LetterReader(props: LetterReaderProps) {
  const { dataset, paragraphId, currentEventId, onOpenEvent, eventHref, onClose } = props;
  const { document: doc, byId } = dataset;
  const sectionRef = useRef<HTMLElement>(null);
  const { t, language } = useT();
  const dates = useDateWords();
  const paragraphProps = {
    quotes: letterQuotes(dataset),
    byId,
    currentEventId,
    onOpenEvent,
    eventHref,
    lang: doc.language,
    openTitle: (title: string) => t('letter.openEvent', { title }),
  };

  return (
    <section ref={sectionRef} className="letter-reader" aria-labelledby="letter-reader-title">
      <div className="panel-head">
        <h2 id="letter-reader-title" className="panel-title" tabIndex={-1} data-focus-home>
          {t('letter.heading')}
        </h2>
        {/* In the head, which stays in sight: the pane often opens scrolled to a paragraph. */}
        {doc.language !== undefined && doc.language !== language ? (
          <span className="reader-language">
            {t('panel.quotesLanguage', { lang: doc.language })}
          </span>
        ) : null}
        {/* A short word keeps the head in one row beside the heading; the name says what closes. */}
        <button
          type="button"
          className="reader-close"
          aria-label={t('letter.close')}
          onClick={onClose}
        >
          {t('letter.closeShort')}
        </button>
      </div>
      <p className="reader-meta">
        <bdi lang={doc.language}>{doc.title}</bdi>
        {' · '}
        {dates.civil(doc.date)}
        {doc.reference ? (
          <>
            {' · '}
            <bdi lang={doc.language}>{doc.reference}</bdi>
          </>
        ) : null}
      </p>
      {props.about ? <ReaderProvenance {...props.about} /> : null}
      <p className="reader-hint">{t('letter.hint')}</p>
      {doc.paragraphs.length > VIRTUAL_LETTER_THRESHOLD ? (
        <VirtualParagraphs dataset={dataset} paragraphId={paragraphId} {...paragraphProps} />
      ) : (
        <AllParagraphs
          dataset={dataset}
          paragraphId={paragraphId}
          sectionRef={sectionRef}
          {...paragraphProps}
        />
      )}
    </section>
  );
}
