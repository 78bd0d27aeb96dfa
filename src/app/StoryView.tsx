import { useEffect, useMemo, useRef, useState } from 'react';
import type { PreparedDataset } from '../dataset/prepare-dataset.ts';
import { localizeDataset, localizedTitle } from '../dataset/localize-dataset.ts';
import { isLanguage } from '../i18n/languages.ts';
import { Msg } from '../i18n/Msg.tsx';
import { useDateWords } from '../i18n/use-date-words.ts';
import { useT } from '../i18n/use-t.ts';
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
import { UrlNotices, type AppNotice } from './UrlNotices.tsx';
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

/** The loaded dataset: masthead, timeline, list, and the open event or the letter. */
export function StoryView({
  dataset: original,
  state,
  notices,
  navigate,
  prefix = '',
}: StoryViewProps) {
  const { t, language } = useT();
  const dates = useDateWords();
  // What the reader sees is in their language where the dataset gives it; exports and
  // citations are made from the dataset as it is.
  const dataset = useMemo(() => localizeDataset(original, language), [original, language]);
  const title = useMemo(() => localizedTitle(original, language), [original, language]);
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

  const filters = useStoryFilters(dataset, state, navigate, t);
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
        .map((k) => ({ id: k.id, label: k.label, lang: k.labelLang, className: `kind--${k.id}` })),
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
    const colours = dataset.kinds.flatMap((k): AppNotice[] =>
      k.requestedColor === undefined
        ? []
        : [
            {
              param: 'kind',
              code: 'colour-too-light',
              value: k.label,
              requested: k.requestedColor,
              used: k.color,
            },
          ],
    );
    const lang: AppNotice[] =
      state.lang !== undefined && !isLanguage(state.lang)
        ? [{ param: 'lang', code: 'lang-unsupported', value: state.lang }]
        : [];
    return [...notices, ...lang, ...filters.notices, ...colours];
  }, [notices, filters.notices, dataset.kinds, state.lang]);
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
    } else setSaid(t(direction === 1 ? 'status.lastEvent' : 'status.firstEvent'));
  };
  const zoom = (factor: number) => {
    const view = timelineView.zoomBy(factor);
    const window = dates.window(view.start, view.end);
    setSaid(t(factor < 1 ? 'status.zoomedIn' : 'status.zoomedOut', { window }));
  };
  const pan = (share: number) => {
    const view = timelineView.panBy(share);
    const window = dates.window(view.start, view.end);
    setSaid(t(share < 0 ? 'status.earlier' : 'status.later', { window }));
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
    const documentTitle = isolatedField(title.text);
    document.title = selected
      ? t('page.eventTitle', { event: isolatedField(selected.title), document: documentTitle })
      : t('page.title', { document: documentTitle });
  }, [selected, title.text, t]);

  /** The page form for the letter's events, with the window only once the reader has moved it. */
  const link = () => {
    const live = timelineView.live.current;
    const moved =
      state.data !== undefined ||
      state.start !== undefined ||
      windowsDiffer(live, timelineView.view);
    return shareLink(siteUrl(), state, moved ? windowToUrl(live.start, live.end) : undefined);
  };

  // Unfiltered, the exports are the dataset's own events (no pass over 100,000 of them).
  const exportedEvents = useMemo(
    () =>
      filters.filtering
        ? shownEvents.flatMap((e) => original.byId.get(e.id) ?? [])
        : original.events,
    [filters.filtering, shownEvents, original.byId, original.events],
  );
  const exports = useExportContext(original, state, {
    events: exportedEvents,
    filtering: filters.filtering,
  });
  const download = (
    <DownloadMenu
      dataset={original}
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
        title={title}
        languageHref={(lang) => serializeUrlState({ ...state, lang })}
        onLanguage={(lang) => navigate({ lang })}
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
            {t('timeline.heading')}
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
            valuesLang={doc.language}
          />
          <div className="timeline-bar">
            <TimelineControls
              onZoomIn={() => zoom(0.5)}
              onZoomOut={() => zoom(2)}
              onEarlier={() => pan(-0.5)}
              onLater={() => pan(0.5)}
              onShowAll={() => {
                setSaid(t('status.showingAll'));
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
            locale={language}
          />
        </section>
        <EventList
          events={shownEvents}
          total={events.length}
          filtering={filters.filtering}
          terms={filters.terms}
          kindLabel={(kind) => {
            const found = dataset.kindById.get(kind);
            return { text: found?.label ?? kind, lang: found?.labelLang };
          }}
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
            cite={(url) =>
              formatCitation(original, original.byId.get(selected.id) ?? selected, url)
            }
            outsideFilter={outsideFilter}
            onClose={() => close()}
            onRead={(paragraph) => navigate({ read: paragraph })}
            citeFormats={
              <CiteFormats
                dataset={original}
                event={original.byId.get(selected.id) ?? selected}
                shortName={exports.shortName}
                eventLink={link}
                documentLink={exports.documentLink}
                plainEventText={(url) =>
                  formatCitation(original, original.byId.get(selected.id) ?? selected, url)
                }
              />
            }
            letterHref={state.data === undefined ? `${prefix}letter/` : undefined}
          />
        ) : null}
        {state.data === undefined ? <PageLinks events={events} prefix={prefix} /> : null}
      </main>
      <p className="visually-hidden" role="status" aria-live="polite">
        {selected ? (
          <Msg
            id="status.opened"
            values={{
              title: <bdi lang={selected.titleLang}>{selected.title}</bdi>,
              date: dates.event(selected),
              certainty: selected.certainty,
            }}
          />
        ) : null}
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {said}
      </p>
    </div>
  );
}
