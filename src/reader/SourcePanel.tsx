import { useImperativeHandle, useRef, useState, type ReactNode, type Ref } from 'react';
import type { PreparedDataset, PreparedEvent } from '../dataset/prepare-dataset.ts';
import { Msg } from '../i18n/Msg.tsx';
import { useDateWords } from '../i18n/use-date-words.ts';
import { useT } from '../i18n/use-t.ts';
import { QuotedRuns } from '../ui/QuotedRuns.tsx';
import { copyText } from '../ui/copy-text.ts';
import { EventFacts } from './EventFacts.tsx';
import { EventSources } from './EventSources.tsx';
import { PrintedCitation } from './PrintedCitation.tsx';
import type { DatasetOrigin } from './format-citation.ts';
import { useQuoteInView } from './use-quote-in-view.ts';

export interface SourcePanelProps {
  dataset: PreparedDataset;
  event: PreparedEvent;
  /** The canonical link of this view, for "Copy link" and "Cite". */
  link: () => string;
  /** The plain-text citation of the event with the given link, as "Cite" copies it. */
  cite: (link: string) => string;
  /** True when the search or filters hide this event from the timeline and the list. */
  outsideFilter?: boolean;
  onClose: () => void;
  onRead: (paragraphId: string) => void;
  /** More ways to cite, shown after "Cite". */
  citeFormats?: ReactNode;
  /** The letter's page, for readers without JavaScript (the letter's dataset only). */
  letterHref?: string | undefined;
  /** Where a dataset that is not the site's own came from, which its citation names. */
  origin?: DatasetOrigin | undefined;
  /** What the panel lets its owner do: move focus to its heading. */
  ref?: Ref<SourcePanelHandle>;
}

export interface SourcePanelHandle {
  /** The panel's heading, where focus goes when the panel is opened from elsewhere. */
  heading(): HTMLElement | null;
}

/** The open event: what the source says about it, in its own words, highlighted. */
export function SourcePanel({
  dataset,
  event,
  link,
  cite,
  outsideFilter = false,
  onClose,
  onRead,
  citeFormats,
  letterHref,
  origin,
  ref,
}: SourcePanelProps) {
  const { t, language } = useT();
  const dates = useDateWords();
  const [status, setStatus] = useState<'' | 'link' | 'citation' | 'blocked'>('');
  const lang = dataset.document.language;
  const panelRef = useRef<HTMLElement>(null);

  const titleRef = useRef<HTMLHeadingElement>(null);
  useImperativeHandle(ref, () => ({ heading: () => titleRef.current }), []);
  // The quoted words must be on screen, with the title kept in sight where it can be.
  const pinnedTitle = useQuoteInView(panelRef, titleRef, event.id);

  const copy = async (what: 'link' | 'citation') => {
    const url = link();
    const ok = await copyText(what === 'link' ? url : cite(url));
    setStatus(ok ? what : 'blocked');
  };

  return (
    <aside
      ref={panelRef}
      className="source-panel"
      aria-labelledby="source-panel-title"
      // What takes focus is scrolled clear of a pinned title, never under it.
      style={pinnedTitle === undefined ? undefined : { scrollPaddingTop: pinnedTitle + 16 }}
      data-shortcut-scope
    >
      <div className="panel-head">
        <p className="panel-kicker">
          <span className={`kind-swatch kind--${event.kind}`} aria-hidden="true" />
          <bdi lang={dataset.kindById.get(event.kind)?.labelLang}>
            {dataset.kindById.get(event.kind)?.label ?? event.kind}
          </bdi>
          {event.kindBasis ? ` ${t('kind.basis', { basis: event.kindBasis })}` : null}
        </p>
        <button
          type="button"
          className="icon-button"
          onClick={onClose}
          aria-label={t('panel.closeEvent')}
        >
          ×
        </button>
      </div>
      <h2
        ref={titleRef}
        id="source-panel-title"
        dir="auto"
        lang={event.titleLang}
        className={pinnedTitle === undefined ? 'panel-title' : 'panel-title is-pinned'}
        tabIndex={-1}
        data-focus-home
      >
        {event.title}
      </h2>
      {outsideFilter ? <p className="outside-filter">{t('panel.outsideFilter')}</p> : null}
      <p className="panel-date">
        <bdi>{dates.event(event)}</bdi>
        {event.certainty === 'inferred' ? (
          <span className="wording">
            {' · '}
            {t('panel.inferred')}
          </span>
        ) : null}
        {event.dateWording ? (
          <span className="wording">
            {' · '}
            <Msg
              id="panel.dateWording"
              values={{ words: <bdi lang={lang}>{event.dateWording}</bdi> }}
            />
          </span>
        ) : null}
      </p>
      <EventSources dataset={dataset} event={event} onRead={onRead} letterHref={letterHref} />
      <EventFacts dataset={dataset} event={event} />
      {event.summary ? (
        <p className="summary" dir="auto" lang={event.summaryLang}>
          <QuotedRuns text={event.summary} lang={event.summaryLang ?? language} quotesLang={lang} />
        </p>
      ) : null}
      <div className="panel-actions">
        <button type="button" onClick={() => void copy('link')}>
          {t('panel.copyLink')}
        </button>
        <button type="button" onClick={() => void copy('citation')}>
          {t('panel.cite')}
        </button>
        {citeFormats}
        <p role="status" className="copy-status">
          {status === 'link'
            ? t('panel.linkCopied')
            : status === 'citation'
              ? t('panel.citationCopied')
              : status === 'blocked'
                ? t('panel.copyBlocked')
                : ''}
        </p>
      </div>
      <PrintedCitation dataset={dataset} event={event} link={link} origin={origin} />
    </aside>
  );
}
