import { useEffect, useMemo, useRef } from 'react';
import { formatEventDate } from '../dates/format-date.ts';
import type { PreparedDataset } from '../dataset/prepare-dataset.ts';
import { EventList } from '../events-list/EventList.tsx';
import { LetterReader } from '../reader/LetterReader.tsx';
import { SourcePanel } from '../reader/SourcePanel.tsx';
import { EventTimeline } from '../timeline/EventTimeline.tsx';
import { TimelineControls } from '../timeline/TimelineControls.tsx';
import { TimelineLegend } from '../timeline/TimelineLegend.tsx';
import { toTimelineItems } from '../timeline/to-timeline-items.ts';
import { isolatedField } from '../text/plain-text.ts';
import { useReducedMotion } from '../ui/use-reduced-motion.ts';
import { KIND_LABELS } from '../ui/kind-labels.ts';
import { EVENT_KINDS } from '../dataset/schema.ts';
import type { Navigate } from '../url-state/use-url-state.ts';
import { serializeUrlState, windowToUrl, type UrlState } from '../url-state/url-state.ts';
import { eventHref, shareLink } from '../url-state/page-path.ts';
import { siteUrl } from '../url-state/page-location.ts';
import { windowsDiffer } from '../timeline/timeline-window.ts';
import { PageLinks } from './PageLinks.tsx';
import { AboutView } from '../about/AboutView.tsx';
import { DEFAULT_DATASET } from '../dataset/dataset-query.ts';
import { Masthead } from './Masthead.tsx';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts.ts';
import { useTimelineView } from './use-timeline-view.ts';
import { UrlNotices } from './UrlNotices.tsx';
import type { UrlNotice } from '../url-state/url-state.ts';

export interface StoryViewProps {
  dataset: PreparedDataset;
  state: UrlState;
  notices: readonly UrlNotice[];
  navigate: Navigate;
  /** The relative way from this page back to the site's folder (`''` on the home page). */
  prefix?: string;
}

/** The letter's audit, copied beside the built page (see scripts/vite-docs-plugin.ts). */
const AUDIT_HREF = 'docs/fidelity-audit.md';

/** The source file beside its dataset, when its name is a plain file name. */
function sourceFileHref(datasetPath: string, file: string | undefined): string | undefined {
  if (file === undefined || !/^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(file)) return undefined;
  return `${datasetPath.slice(0, datasetPath.lastIndexOf('/') + 1)}${file}`;
}

/** Moves focus once React has rendered the next view. */
function focusLater(find: () => HTMLElement | null | undefined) {
  window.setTimeout(() => find()?.focus(), 0);
}

const listEntry = (id: string) => document.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`);
const panelHeading = () => document.getElementById('source-panel-title');

/** The loaded dataset: masthead, timeline, list, and the open event or the letter. */
export function StoryView({ dataset, state, notices, navigate, prefix = '' }: StoryViewProps) {
  const reducedMotion = useReducedMotion();
  const timelineView = useTimelineView(dataset, state, navigate);
  const { events, byId, document: doc } = dataset;
  const selected = state.event === undefined ? undefined : byId.get(state.event);
  const reading = state.read !== undefined && dataset.paragraphNumber.has(state.read) ? state.read : undefined;
  const about = state.about === '1';
  const aboutRef = useRef<HTMLAnchorElement>(null);

  const items = useMemo(
    () => toTimelineItems(events, timelineView.itemsView, selected?.id),
    [events, timelineView.itemsView, selected?.id],
  );
  const kinds = useMemo(() => new Set(events.map((e) => e.kind)), [events]);
  const lanes = useMemo(
    () => EVENT_KINDS.filter((k) => kinds.has(k)).map((k) => ({ id: k, label: KIND_LABELS[k], className: `kind-${k}` })),
    [kinds],
  );

  const step = (direction: 1 | -1) => {
    if (events.length === 0) return;
    const at = selected ? selected.index + direction : direction === 1 ? 0 : events.length - 1;
    const target = events[Math.min(events.length - 1, Math.max(0, at))];
    if (target && target.id !== selected?.id) timelineView.select(target.id, { read: undefined, about: undefined });
  };
  /** Closes the open event; from the keyboard or its button, focus returns to its list entry. */
  const close = (restoreFocus = true) => {
    const id = selected?.id;
    navigate({ event: undefined });
    if (id && restoreFocus) focusLater(() => listEntry(id));
  };
  /** Closes the letter; focus returns to the open event, or to "Read the letter". */
  const closeReader = () => {
    navigate({ read: undefined });
    focusLater(() => (selected ? panelHeading() : document.querySelector<HTMLElement>('.read-letter')));
  };

  /** Closes "About this timeline"; focus returns to the link that opens it. */
  const closeAbout = () => {
    navigate({ about: undefined });
    focusLater(() => aboutRef.current);
  };

  useKeyboardShortcuts({
    previous: () => step(-1),
    next: () => step(1),
    zoomIn: () => timelineView.zoomBy(0.5),
    zoomOut: () => timelineView.zoomBy(2),
    escape: () => (about ? closeAbout() : reading ? closeReader() : selected ? close() : undefined),
  });

  useEffect(() => {
    // Text outside the DOM: each field is isolated with characters, its own controls neutralised.
    const title = isolatedField(doc.title);
    document.title = selected ? `${isolatedField(selected.title)} — ${title}` : `${title} — Source Timeline`;
  }, [selected, doc.title]);

  /** The page form for the letter's events, with the window only once the reader has moved it. */
  const link = () => {
    const live = timelineView.live.current;
    const moved = state.data !== undefined || state.start !== undefined || windowsDiffer(live, timelineView.view);
    return shareLink(siteUrl(), state, moved ? windowToUrl(live.start, live.end) : undefined);
  };

  const unknownEvent = state.event !== undefined && !selected ? state.event : undefined;
  const unknownParagraph = state.read !== undefined && !reading ? state.read : undefined;

  return (
    <div className={`story${selected || reading || about ? ' has-panel' : ''}`}>
      <Masthead
        document={doc}
        letterHref={state.data === undefined ? `${prefix}letter/` : undefined}
        onRead={() => navigate({ read: doc.paragraphs[0]?.id, about: undefined })}
        aboutHref={serializeUrlState({ ...state, about: '1' })}
        onAbout={() => navigate({ about: '1' })}
        aboutRef={aboutRef}
      />
      <UrlNotices
        notices={notices}
        unknownEvent={unknownEvent}
        unknownParagraph={unknownParagraph}
        onShowAll={() => {
          navigate({ event: undefined, read: undefined });
          timelineView.showAll();
        }}
      />
      <main className="workspace" id="main">
        <section className="timeline-area" aria-labelledby="timeline-title">
          <h2 id="timeline-title" className="visually-hidden">
            Timeline
          </h2>
          <div className="timeline-bar">
            <TimelineControls
              onZoomIn={() => timelineView.zoomBy(0.5)}
              onZoomOut={() => timelineView.zoomBy(2)}
              onShowAll={timelineView.showAll}
              onPrevious={() => step(-1)}
              onNext={() => step(1)}
            />
            <TimelineLegend kinds={kinds} />
          </div>
          <EventTimeline
            lanes={lanes}
            items={items}
            selectedId={selected?.id}
            view={timelineView.view}
            resetKey={timelineView.resetKey}
            reducedMotion={reducedMotion}
            onSelect={(id) => (id === null ? close(false) : timelineView.select(id, { read: undefined, about: undefined }))}
            onOpenCluster={timelineView.setView}
            onViewChange={timelineView.onViewChange}
          />
        </section>
        <EventList
          events={events}
          selectedId={selected?.id}
          onSelect={(id) => timelineView.select(id, { read: undefined, about: undefined })}
        />
        {about ? (
          <AboutView
            document={doc}
            eventCount={events.length}
            captureHref={sourceFileHref(`${prefix}${state.data ?? DEFAULT_DATASET}`, doc.source?.file)}
            auditHref={state.data === undefined ? `${prefix}${AUDIT_HREF}` : undefined}
            onClose={closeAbout}
          />
        ) : reading ? (
          <LetterReader
            dataset={dataset}
            paragraphId={reading}
            currentEventId={selected?.id}
            onOpenEvent={(id) => {
              timelineView.select(id, { read: undefined, about: undefined });
              focusLater(panelHeading);
            }}
            eventHref={(id) => eventHref(prefix, id, state.data)}
            onClose={closeReader}
          />
        ) : selected ? (
          <SourcePanel
            key={selected.id}
            dataset={dataset}
            event={selected}
            link={link}
            onClose={() => close()}
            onRead={(paragraph) => navigate({ read: paragraph })}
            letterHref={state.data === undefined ? `${prefix}letter/` : undefined}
          />
        ) : null}
        {state.data === undefined ? <PageLinks events={events} prefix={prefix} /> : null}
      </main>
      <p className="visually-hidden" role="status" aria-live="polite">
        {selected ? (
          <>
            Opened: <bdi>{selected.title}</bdi>, {formatEventDate(selected)}
            {selected.certainty === 'inferred' ? ' (date inferred)' : ''}
          </>
        ) : null}
      </p>
    </div>
  );
}
