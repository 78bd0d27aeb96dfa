import { useMemo, useRef } from 'react';
import type { PreparedDataset } from '../dataset/prepare-dataset.ts';
import { localizeDataset, localizedTitle } from '../dataset/localize-dataset.ts';
import { useT } from '../i18n/use-t.ts';
import { documentName } from '../i18n/document-name.ts';
import type { EventTimelineHandle } from '../timeline/EventTimeline.tsx';
import { useKindStyles } from '../ui/use-kind-styles.ts';
import type { Page } from '../url-state/page-path.ts';
import type { UrlNotice, UrlState } from '../url-state/url-state.ts';
import type { Navigate } from '../url-state/use-url-state.ts';
import { focusShortcutArea } from './focus-shortcut-area.ts';
import { PageLinks } from './PageLinks.tsx';
import { SkipLinks } from './SkipLinks.tsx';
import { StoryAside } from './StoryAside.tsx';
import { StoryHeader } from './StoryHeader.tsx';
import { StoryList } from './StoryList.tsx';
import { StoryStatus } from './StoryStatus.tsx';
import { StoryTimeline } from './StoryTimeline.tsx';
import { StoryToolbar } from './StoryToolbar.tsx';
import { useAsideClosers } from './use-aside-closers.ts';
import { useDocumentTitle } from './use-document-title.ts';
import {
  commandKeys,
  useKeyboardShortcuts,
  useShortcutSetting,
} from '../timeline/use-keyboard-shortcuts.ts';
import { useShareLinks } from './use-share-links.ts';
import { useStoryFilters } from '../filters/use-story-filters.ts';
import { facetChoiceName } from '../filters/facet-choice-name.ts';
import { useTimelineView } from '../timeline/use-timeline-view.ts';
import { useViewSteps } from '../timeline/use-view-steps.ts';

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
  // What the reader sees is in their language where the dataset gives it; exports and
  // citations are made from the dataset as it is.
  const dataset = useMemo(() => localizeDataset(original, language), [original, language]);
  const title = useMemo(() => localizedTitle(original, language), [original, language]);
  const choiceName = useMemo(() => facetChoiceName(dataset, language, t), [dataset, language, t]);
  const timelineRef = useRef<EventTimelineHandle>(null);
  const timelineView = useTimelineView(dataset, state, navigate, timelineRef);
  const { byId, document: doc } = dataset;
  const selected = state.event === undefined ? undefined : byId.get(state.event);
  const reading =
    state.read !== undefined && dataset.paragraphPosition.has(state.read) ? state.read : undefined;
  const about = state.about === '1';
  const [shortcutsOn, setShortcutsOn] = useShortcutSetting();

  const filters = useStoryFilters(dataset, state, navigate, t);
  const shownEvents = filters.events;
  const { said, saidCount, ...actions } = useViewSteps(shownEvents, selected, timelineView);
  const { refs, ...closers } = useAsideClosers(navigate, { selected, reading, about });
  const shown = { events: shownEvents, filtering: filters.filtering };
  const share = useShareLinks(original, state, timelineView, shown, selected, prefix, t);
  useKindStyles(dataset.kinds);
  useDocumentTitle(
    about ? 'about' : reading ? 'letter' : selected ? 'event' : 'home',
    documentName(title, doc.language, t),
    selected,
    t,
  );

  const open = (id: string) => timelineView.select(id, { read: undefined, about: undefined });
  const onKeyDown = useKeyboardShortcuts(commandKeys(actions, closers.escape), shortcutsOn);

  return (
    <div
      onKeyDown={onKeyDown}
      onPointerUp={focusShortcutArea}
      className={`story${selected || reading || about ? ' has-panel' : ''}`}
    >
      <SkipLinks openEvent={selected !== undefined && reading === undefined && !about} />
      <StoryHeader
        dataset={dataset}
        title={title}
        state={state}
        notices={notices}
        filterNotices={filters.notices}
        navigate={navigate}
        page={page}
        letterHref={share.letterHref}
        origin={share.origin}
        refs={refs}
        found={{ event: selected !== undefined, paragraph: reading !== undefined }}
        onShowAll={() => {
          navigate({ event: undefined, read: undefined });
          timelineView.showAll();
        }}
      />
      <main className="workspace" id="main">
        <StoryTimeline
          dataset={dataset}
          filters={filters}
          timelineView={timelineView}
          timelineRef={timelineRef}
          selected={selected}
          onOpen={open}
          onClose={() => closers.close(false)}
        >
          <StoryToolbar
            filters={filters}
            valuesLang={doc.language}
            labelOf={choiceName}
            actions={actions}
            shortcuts={shortcutsOn}
            onShortcutsChange={setShortcutsOn}
          />
        </StoryTimeline>
        <StoryAside
          dataset={dataset}
          original={original}
          state={state}
          navigate={navigate}
          prefix={prefix}
          selected={selected}
          reading={reading}
          about={about}
          shown={shown}
          panelRef={refs.panelRef}
          closers={closers}
          share={share}
          onOpenEvent={open}
        />
        <StoryList
          listRef={refs.listRef}
          dataset={dataset}
          original={original}
          filters={filters}
          selected={selected}
          share={share}
          onSelect={(id) => {
            open(id);
            closers.revealEntry(id);
          }}
        />
        {state.data === undefined ? (
          <PageLinks events={dataset.events} prefix={prefix} lang={state.lang} page={page} />
        ) : null}
      </main>
      <StoryStatus selected={selected} said={said} saidCount={saidCount} />
    </div>
  );
}
