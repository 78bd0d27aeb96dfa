import type { PreparedDataset, PreparedEvent } from '../dataset/prepare-dataset.ts';
import { siteHoldsLetter } from '../dataset/site-dataset.ts';
import { AboutView } from '../about/LazyAboutView.tsx';
import { CiteFormats } from '../export/CiteFormats.tsx';
import { LetterReader } from '../reader/LazyLetterReader.tsx';
import { SourcePanel } from '../reader/SourcePanel.tsx';
import { eventHref } from '../url-state/page-path.ts';
import { serializeUrlState, type UrlState } from '../url-state/url-state.ts';
import type { Navigate } from '../url-state/use-url-state.ts';
import type { RefObject } from 'react';
import type { SourcePanelHandle } from '../reader/SourcePanel.tsx';
import type { useAsideClosers } from './use-aside-closers.ts';
import type { useShareLinks } from './use-share-links.ts';

/** The letter's audit, copied beside the built page (see scripts/vite-docs-plugin.ts). */
// The letter's audit, published only by a site built with the letter (scripts/vite-docs-plugin.ts).
const AUDIT_HREF = 'docs/fidelity-audit.md';

export interface StoryAsideProps {
  /** The dataset in the reader's language, and as it is (for exports and citations). */
  dataset: PreparedDataset;
  original: PreparedDataset;
  state: UrlState;
  navigate: Navigate;
  prefix: string;
  selected: PreparedEvent | undefined;
  reading: string | undefined;
  about: boolean;
  /** The events the filters show: an open event outside them says so. */
  shown: { events: readonly PreparedEvent[]; filtering: boolean };
  panelRef: RefObject<SourcePanelHandle | null>;
  closers: Omit<ReturnType<typeof useAsideClosers>, 'refs'>;
  share: ReturnType<typeof useShareLinks>;
  onOpenEvent: (id: string) => void;
}

/** The aside beside the timeline: About, the letter, or the open event (in that order of precedence). */
export function StoryAside({
  dataset,
  original,
  state,
  navigate,
  prefix,
  selected,
  reading,
  about,
  shown,
  panelRef,
  closers,
  share,
  onOpenEvent,
}: StoryAsideProps) {
  if (about) {
    return (
      <AboutView
        document={dataset.document}
        eventCount={dataset.events.length}
        sourceFile={share.exports.sourceFile}
        kinds={dataset.kinds}
        auditHref={
          state.data === undefined && siteHoldsLetter() ? `${prefix}${AUDIT_HREF}` : undefined
        }
        onClose={closers.closeAbout}
      />
    );
  }
  if (reading !== undefined) {
    return (
      <LetterReader
        dataset={dataset}
        paragraphId={reading}
        currentEventId={selected?.id}
        onOpenEvent={(id) => {
          onOpenEvent(id);
          closers.focusPanel();
        }}
        eventHref={(id) => eventHref(prefix, id, state.data, state.lang)}
        onClose={closers.closeReader}
        about={
          state.data === undefined && siteHoldsLetter()
            ? {
                href: serializeUrlState({ ...state, read: undefined, about: '1' }),
                onOpen: () => navigate({ read: undefined, about: '1' }),
              }
            : undefined
        }
      />
    );
  }
  if (!selected) return null;
  return (
    <SourcePanel
      ref={panelRef}
      key={selected.id}
      dataset={dataset}
      event={selected}
      link={share.link}
      cite={share.citation}
      outsideFilter={shown.filtering && !shown.events.includes(selected)}
      onClose={() => closers.close()}
      onRead={(paragraph) => navigate({ read: paragraph })}
      citeFormats={
        <CiteFormats
          dataset={original}
          event={original.byId.get(selected.id) ?? selected}
          shortName={share.exports.shortName}
          eventLink={share.link}
          documentLink={share.exports.documentLink}
          plainEventText={share.citation}
          origin={share.origin?.url}
          copy={share.exports.copy}
        />
      }
      letterHref={share.letterHref}
      origin={share.origin}
    />
  );
}
