import { labelIn } from '../dataset/dataset-labels.ts';
import { useEffect, useMemo, useRef } from 'react';
import type { PreparedDataset } from '../dataset/prepare-dataset.ts';
import { localizeDataset, localizedTitle } from '../dataset/localize-dataset.ts';
import { Msg } from '../i18n/Msg.tsx';
import { useDateWords } from '../i18n/use-date-words.ts';
import { useT } from '../i18n/use-t.ts';
import { EventList, type EventListHandle } from '../events-list/EventList.tsx';
import { LetterReader } from '../reader/LazyLetterReader.tsx';
import { SourcePanel, type SourcePanelHandle } from '../reader/SourcePanel.tsx';
import { EventTimeline } from '../timeline/EventTimeline.tsx';
import { TimelineControls } from '../timeline/TimelineControls.tsx';
import { TimelineLegend } from '../timeline/TimelineLegend.tsx';
import { toTimelineItems } from '../timeline/to-timeline-items.ts';
import { isolatedField } from '../text/plain-text.ts';
import { useFocusAfterRender } from '../ui/use-focus-after-render.ts';
import { useReducedMotion } from '../ui/use-reduced-motion.ts';
import { useKindStyles } from '../ui/use-kind-styles.ts';
import { FilterBar } from '../filters/FilterBar.tsx';
import { FiltersDisclosure } from '../filters/FiltersDisclosure.tsx';
import type { Navigate } from '../url-state/use-url-state.ts';
import { serializeUrlState, type UrlState } from '../url-state/url-state.ts';
import { windowToUrl } from '../url-state/url-window.ts';
import { eventHref, pageHref, shareLink, type Page } from '../url-state/page-path.ts';
import { languageHref, siteUrl } from '../url-state/page-location.ts';
import { windowsDiffer } from '../timeline/timeline-window.ts';
import { PageLinks } from './PageLinks.tsx';
import { AboutView } from '../about/LazyAboutView.tsx';
import { Masthead } from './Masthead.tsx';
import { useKeyboardShortcuts, useShortcutSetting } from './use-keyboard-shortcuts.ts';
import { useTimelineView } from './use-timeline-view.ts';
import { UrlNotices } from './UrlNotices.tsx';
import { useLanes } from './use-lanes.ts';
import { useStoryNotices } from './use-story-notices.ts';
import { useViewSteps } from './use-view-steps.ts';
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
  /** The page the address names (`event/<id>/`, `ru/letter/`), for links to its other languages. */
  page?: Page;
}

/** The letter's audit, copied beside the built page (see scripts/vite-docs-plugin.ts). */
const AUDIT_HREF = 'docs/fidelity-audit.md';

/** The loaded dataset: masthead, timeline, list, and the open event or the letter. */
export function StoryView({
  dataset: original,
  state,
  notices,
  navigate,
  prefix = '',
  page = { kind: 'home' },
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
    state.read !== undefined && dataset.paragraphPosition.has(state.read) ? state.read : undefined;
  const about = state.about === '1';
  const aboutRef = useRef<HTMLAnchorElement>(null);
  const [shortcutsOn, setShortcutsOn] = useShortcutSetting();

  const filters = useStoryFilters(dataset, state, navigate, t);
  const shownEvents = filters.events;
  const { said, step, zoom, pan, showAll } = useViewSteps(shownEvents, selected, timelineView);
  // Focus moves through the refs each part keeps for it, once the next view is on the page.
  const focusAfterRender = useFocusAfterRender();
  const listRef = useRef<EventListHandle>(null);
  const panelRef = useRef<SourcePanelHandle>(null);
  const readRef = useRef<HTMLButtonElement>(null);
  useKindStyles(dataset.kinds);

  const items = useMemo(
    () => toTimelineItems(shownEvents, timelineView.itemsView, selected?.id, dates.number),
    [shownEvents, timelineView.itemsView, selected?.id, dates.number],
  );
  const { lanes, legendKinds } = useLanes(dataset, shownEvents, filters.choices.kind);
  const allNotices = useStoryNotices(dataset, state, notices, filters.notices);
  const outsideFilter =
    selected !== undefined && filters.filtering && !shownEvents.includes(selected);

  /** Closes the open event; from the keyboard or its button, focus returns to its list entry. */
  const close = (restoreFocus = true) => {
    const id = selected?.id;
    navigate({ event: undefined });
    if (id && restoreFocus) focusAfterRender(() => listRef.current?.entry(id));
  };
  /** Closes the letter; focus returns to the open event, or to "Read the letter". */
  const closeReader = () => {
    navigate({ read: undefined });
    focusAfterRender(() => (selected ? panelRef.current?.heading() : readRef.current));
  };

  /** Closes "About this timeline"; focus returns to the link that opens it. */
  const closeAbout = () => {
    navigate({ about: undefined });
    focusAfterRender(() => aboutRef.current);
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

  // Unfiltered, the exports are the dataset's own events (no pass over 100,000 of them);
  // filtered, the dataset's own events of those shown, found once an export asks for them
  // rather than at every keystroke.
  const exportedEvents = useMemo(() => {
    if (!filters.filtering) return original.events;
    let found: PreparedDataset['events'] | undefined;
    return () => (found ??= shownEvents.flatMap((e) => original.byId.get(e.id) ?? []));
  }, [filters.filtering, shownEvents, original.byId, original.events]);
  const exports = useExportContext(
    original,
    state,
    { events: exportedEvents, filtering: filters.filtering },
    prefix,
  );
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

  // The letter's own page, for readers without JavaScript (the letter's dataset only).
  const letterHref =
    state.data === undefined ? pageHref(prefix, { kind: 'letter' }, state.lang) : undefined;
  /** The open event's plain-text citation with a link, as "Cite" copies it. */
  const citation = (url: string) =>
    selected ? formatCitation(original, selected, url, { t, dates }) : '';

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
        languageHref={(lang) => languageHref(page, state, lang)}
        onLanguage={(lang) => navigate({ lang })}
        letterHref={letterHref}
        onRead={() => navigate({ read: doc.paragraphs[0]?.id, about: undefined })}
        aboutHref={serializeUrlState({ ...state, about: '1' })}
        onAbout={() => navigate({ about: '1' })}
        aboutRef={aboutRef}
        readRef={readRef}
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
          <FiltersDisclosure active={filters.active} status={filters.status}>
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
              valuesLang={doc.language}
              labelOf={(value) => labelIn(dataset.labels, value, language, doc.language)}
            />
          </FiltersDisclosure>
          <div className="timeline-bar">
            <TimelineControls
              onZoomIn={() => zoom(0.5)}
              onZoomOut={() => zoom(2)}
              onEarlier={() => pan(-0.5)}
              onLater={() => pan(0.5)}
              onShowAll={showAll}
              shortcuts={shortcutsOn}
              onShortcutsChange={setShortcutsOn}
              onPrevious={() => step(-1)}
              onNext={() => step(1)}
            />
            {download}
          </div>
          <TimelineLegend
            kinds={legendKinds}
            chosen={filters.chosen.kind}
            onToggle={(kind) => filters.toggle('kind', kind)}
          />
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
          ref={listRef}
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
            captureHref={exports.sourceFile?.href}
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
              focusAfterRender(() => panelRef.current?.heading());
            }}
            eventHref={(id) => eventHref(prefix, id, state.data, state.lang)}
            onClose={closeReader}
          />
        ) : selected ? (
          <SourcePanel
            ref={panelRef}
            key={selected.id}
            dataset={dataset}
            event={selected}
            link={link}
            cite={citation}
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
                plainEventText={citation}
              />
            }
            letterHref={letterHref}
          />
        ) : null}
        {state.data === undefined ? (
          <PageLinks events={events} prefix={prefix} lang={state.lang} />
        ) : null}
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
