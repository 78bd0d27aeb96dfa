import { useEffect, useMemo, useRef, useState } from 'react';
import { formatEventDate } from '../dates/format-date.ts';
import type { PreparedDataset } from '../dataset/prepare-dataset.ts';
import { EventList } from '../events-list/EventList.tsx';
import { LetterReader } from '../reader/LazyLetterReader.tsx';
import { SourcePanel } from '../reader/SourcePanel.tsx';
import { EventTimeline } from '../timeline/EventTimeline.tsx';
import { TimelineControls } from '../timeline/TimelineControls.tsx';
import { TimelineLegend } from '../timeline/TimelineLegend.tsx';
import { toTimelineItems } from '../timeline/to-timeline-items.ts';
import { isolatedField } from '../text/plain-text.ts';
import { useReducedMotion } from '../ui/use-reduced-motion.ts';
import { useKindStyles } from '../ui/use-kind-styles.ts';
import { FilterBar } from '../filters/FilterBar.tsx';
import { presentKinds } from '../dataset/filter-events.ts';
import type { Navigate } from '../url-state/use-url-state.ts';
import { serializeUrlState, windowToUrl, type UrlState } from '../url-state/url-state.ts';
import { eventHref, shareLink } from '../url-state/page-path.ts';
import { siteUrl } from '../url-state/page-location.ts';
import { windowsDiffer } from '../timeline/timeline-window.ts';
import { PageLinks } from './PageLinks.tsx';
import { AboutView } from '../about/LazyAboutView.tsx';
import { DEFAULT_DATASET } from '../dataset/dataset-query.ts';
import { Masthead } from './Masthead.tsx';
import { useKeyboardShortcuts, useShortcutSetting } from './use-keyboard-shortcuts.ts';
import { useTimelineView } from './use-timeline-view.ts';
import { UrlNotices } from './UrlNotices.tsx';
import { CiteFormats } from '../export/CiteFormats.tsx';
import { DownloadMenu } from '../export/DownloadMenu.tsx';
import { formatCitation } from '../reader/format-citation.ts';
import { useExportContext } from './use-export-context.ts';
import { useStoryFilters } from './use-story-filters.ts';
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

const listEntry = (id: string) =>
  document.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`);
const panelHeading = () => document.getElementById('source-panel-title');

const viewDates = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** The dates a window shows, as a screen reader hears them after a zoom or a pan. */
function describeWindow(view: { start: number; end: number }): string {
  return viewDates.formatRange(view.start, view.end);
}

/** The loaded dataset: masthead, timeline, list, and the open event or the letter. */
export function StoryView({ dataset, state, notices, navigate, prefix = '' }: StoryViewProps) {
  const reducedMotion = useReducedMotion();
  const timelineView = useTimelineView(dataset, state, navigate);
  const { events, byId, document: doc } = dataset;
  const selected = state.event === undefined ? undefined : byId.get(state.event);
  const reading =
    state.read !== undefined && dataset.paragraphNumber.has(state.read) ? state.read : undefined;
  const about = state.about === '1';
  const aboutRef = useRef<HTMLAnchorElement>(null);
  const [shortcutsOn, setShortcutsOn] = useShortcutSetting();
  // What the view's own region says after a zoom, a pan or a step that cannot go further.
  const [said, setSaid] = useState('');

  const filters = useStoryFilters(dataset, state, navigate);
  const shownEvents = filters.events;
  useKindStyles(dataset.kinds);

  const items = useMemo(
    () => toTimelineItems(shownEvents, timelineView.itemsView, selected?.id),
    [shownEvents, timelineView.itemsView, selected?.id],
  );
  const shownKinds = useMemo(
    () => presentKinds(shownEvents, dataset.kinds.length),
    [shownEvents, dataset.kinds.length],
  );
  const lanes = useMemo(
    () =>
      dataset.kinds
        .filter((k) => shownKinds.has(k.id))
        .map((k) => ({ id: k.id, label: k.label, className: `kind--${k.id}` })),
    [dataset.kinds, shownKinds],
  );
  const legendKinds = useMemo(
    () =>
      dataset.kinds
        .map((k) => ({ ...k, count: filters.choices.kind.get(k.id) ?? 0 }))
        .filter((k) => k.count > 0),
    [dataset.kinds, filters.choices.kind],
  );
  const allNotices = useMemo(() => {
    const colours = dataset.kinds.flatMap((k) =>
      k.requestedColor === undefined
        ? []
        : [
            {
              param: 'kind' as const,
              value: k.label,
              message: `The colour ${k.requestedColor} that the dataset gives the kind "${k.label}" is too light to see against the page; a darker shade of it, ${k.color}, is used.`,
            },
          ],
    );
    return [...notices, ...filters.notices, ...colours];
  }, [notices, filters.notices, dataset.kinds]);
  const outsideFilter =
    selected !== undefined && filters.filtering && !shownEvents.includes(selected);

  /** The next or previous of the events shown, counting from the open one even when it is hidden. */
  const step = (direction: 1 | -1) => {
    if (shownEvents.length === 0) return;
    let target;
    if (!selected) target = direction === 1 ? shownEvents[0] : shownEvents[shownEvents.length - 1];
    else if (direction === 1) target = shownEvents.find((e) => e.index > selected.index);
    else target = shownEvents.findLast((e) => e.index < selected.index);
    if (target && target.id !== selected?.id) {
      setSaid('');
      timelineView.select(target.id, { read: undefined, about: undefined });
    } else setSaid(direction === 1 ? 'This is the last event.' : 'This is the first event.');
  };
  const zoom = (factor: number) => {
    const view = timelineView.zoomBy(factor);
    setSaid(`${factor < 1 ? 'Zoomed in' : 'Zoomed out'}: ${describeWindow(view)}`);
  };
  const pan = (share: number) => {
    const view = timelineView.panBy(share);
    setSaid(`${share < 0 ? 'Earlier' : 'Later'}: ${describeWindow(view)}`);
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
    focusLater(() =>
      selected ? panelHeading() : document.querySelector<HTMLElement>('.read-letter'),
    );
  };

  /** Closes "About this timeline"; focus returns to the link that opens it. */
  const closeAbout = () => {
    navigate({ about: undefined });
    focusLater(() => aboutRef.current);
  };

  const onKeyDown = useKeyboardShortcuts(
    {
      previous: () => step(-1),
      next: () => step(1),
      zoomIn: () => zoom(0.5),
      zoomOut: () => zoom(2),
      earlier: () => pan(-0.5),
      later: () => pan(0.5),
      escape: () =>
        about ? closeAbout() : reading ? closeReader() : selected ? close() : undefined,
    },
    shortcutsOn,
  );

  useEffect(() => {
    // Text outside the DOM: each field is isolated with characters, its own controls neutralised.
    const title = isolatedField(doc.title);
    document.title = selected
      ? `${isolatedField(selected.title)} — ${title}`
      : `${title} — Source Timeline`;
  }, [selected, doc.title]);

  /** The page form for the letter's events, with the window only once the reader has moved it. */
  const link = () => {
    const live = timelineView.live.current;
    const moved =
      state.data !== undefined ||
      state.start !== undefined ||
      windowsDiffer(live, timelineView.view);
    return shareLink(siteUrl(), state, moved ? windowToUrl(live.start, live.end) : undefined);
  };

  const exports = useExportContext(dataset, state, {
    events: shownEvents,
    filtering: filters.filtering,
  });
  const download = (
    <DownloadMenu
      dataset={dataset}
      shortName={exports.shortName}
      selection={exports.selection}
      eventLink={exports.eventLink}
      viewLink={link}
      sourceFile={exports.sourceFile}
    />
  );

  const unknownEvent = state.event !== undefined && !selected ? state.event : undefined;
  const unknownParagraph = state.read !== undefined && !reading ? state.read : undefined;

  return (
    <div
      onKeyDown={onKeyDown}
      className={`story${selected || reading || about ? ' has-panel' : ''}`}
    >
      <Masthead
        document={doc}
        letterHref={state.data === undefined ? `${prefix}letter/` : undefined}
        onRead={() => navigate({ read: doc.paragraphs[0]?.id, about: undefined })}
        aboutHref={serializeUrlState({ ...state, about: '1' })}
        onAbout={() => navigate({ about: '1' })}
        aboutRef={aboutRef}
      />
      <UrlNotices
        notices={allNotices}
        unknownEvent={unknownEvent}
        unknownParagraph={unknownParagraph}
        onShowAll={() => {
          navigate({ event: undefined, read: undefined });
          timelineView.showAll();
        }}
      />
      <main className="workspace" id="main">
        <section className="timeline-area" aria-labelledby="timeline-title" data-shortcut-scope>
          <h2 id="timeline-title" className="visually-hidden">
            Timeline
          </h2>
          <FilterBar
            query={filters.draft}
            onQueryChange={filters.setDraft}
            onSearchFocus={filters.prepare}
            actors={filters.choices.actor}
            places={filters.choices.place}
            chosenActors={filters.chosen.actor}
            chosenPlaces={filters.chosen.place}
            onToggle={filters.toggle}
            filtering={filters.filtering}
            onClear={filters.clear}
            status={filters.status}
          />
          <div className="timeline-bar">
            <TimelineControls
              onZoomIn={() => zoom(0.5)}
              onZoomOut={() => zoom(2)}
              onEarlier={() => pan(-0.5)}
              onLater={() => pan(0.5)}
              onShowAll={() => {
                setSaid('Showing all events.');
                timelineView.showAll();
              }}
              shortcuts={shortcutsOn}
              onShortcutsChange={setShortcutsOn}
              onPrevious={() => step(-1)}
              onNext={() => step(1)}
            />
            <TimelineLegend
              kinds={legendKinds}
              chosen={filters.chosen.kind}
              onToggle={(kind) => filters.toggle('kind', kind)}
            />
            {download}
          </div>
          <EventTimeline
            lanes={lanes}
            items={items}
            selectedId={selected?.id}
            view={timelineView.view}
            resetKey={timelineView.resetKey}
            reducedMotion={reducedMotion}
            onSelect={(id) =>
              id === null
                ? close(false)
                : timelineView.select(id, { read: undefined, about: undefined })
            }
            onOpenCluster={timelineView.setView}
            onViewChange={timelineView.onViewChange}
          />
        </section>
        <EventList
          events={shownEvents}
          total={events.length}
          filtering={filters.filtering}
          terms={filters.terms}
          kindLabel={(kind) => dataset.kindById.get(kind)?.label ?? kind}
          selectedId={selected?.id}
          onSelect={(id) => timelineView.select(id, { read: undefined, about: undefined })}
          headingAction={download}
          onClearFilters={filters.clear}
        />
        {about ? (
          <AboutView
            document={doc}
            eventCount={events.length}
            captureHref={sourceFileHref(
              `${prefix}${state.data ?? DEFAULT_DATASET}`,
              doc.source?.file,
            )}
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
            outsideFilter={outsideFilter}
            onClose={() => close()}
            onRead={(paragraph) => navigate({ read: paragraph })}
            citeFormats={
              <CiteFormats
                dataset={dataset}
                event={selected}
                shortName={exports.shortName}
                eventLink={link}
                documentLink={exports.documentLink}
                plainEventText={(url) => formatCitation(dataset, selected, url)}
              />
            }
            letterHref={state.data === undefined ? `${prefix}letter/` : undefined}
          />
        ) : null}
        {state.data === undefined ? <PageLinks events={events} prefix={prefix} /> : null}
      </main>
      <p className="visually-hidden" role="status" aria-live="polite">
        {selected ? (
          <>
            Opened: <bdi>{selected.title}</bdi>, {formatEventDate(selected)}
            {selected.certainty === 'inferred'
              ? ' (date inferred)'
              : selected.certainty === 'approximate'
                ? ' (approximate date)'
                : ''}
          </>
        ) : null}
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {said}
      </p>
    </div>
  );
}
