import { useMemo } from 'react';
import type { PreparedDataset, PreparedEvent, Window } from '../dataset/prepare-dataset.ts';
import { useDateWords } from '../i18n/use-date-words.ts';
import type { Translate } from '../i18n/use-t.ts';
import { DEFAULT_DATASET } from '../dataset/load/dataset-query-key.ts';
import { useLetterText } from '../dataset/use-letter-text.ts';
import { siteHoldsLetter } from '../dataset/site-dataset.ts';
import { formatCitation, type DatasetOrigin } from '../reader/format-citation.ts';
import { windowsDiffer } from '../timeline/timeline-window.ts';
import { pageHref, shareLink } from '../url-state/page-path.ts';
import { siteUrl } from '../url-state/page-location.ts';
import type { UrlState } from '../url-state/url-state.ts';
import { windowToUrl } from '../url-state/url-window.ts';
import { useExportContext } from '../export/use-export-context.ts';
import type { useTimelineView } from '../timeline/use-timeline-view.ts';

/**
 * The window a shared link carries: the one on screen once the reader has moved it (or the link
 * they came by gave one), none while it is still the view the link opens with anyway, for the
 * letter and for another dataset (`?data=`) alike.
 */
export function sharedWindow(
  state: UrlState,
  live: Window,
  view: Window,
): { start: string; end: string } | undefined {
  const moved = state.start !== undefined || windowsDiffer(live, view);
  return moved ? windowToUrl(live.start, live.end) : undefined;
}

/**
 * The page's links and exports: the share link (with the window only once the reader has
 * moved it), the open event's citation, the letter's own page, and what "Download" exports.
 */
export function useShareLinks(
  original: PreparedDataset,
  state: UrlState,
  timelineView: ReturnType<typeof useTimelineView>,
  shown: { events: readonly PreparedEvent[]; filtering: boolean },
  selected: PreparedEvent | undefined,
  prefix: string,
  t: Translate,
) {
  const dates = useDateWords();
  /** The page form for the letter's events, with the window only once the reader has moved it. */
  const link = () =>
    shareLink(
      siteUrl(),
      state,
      sharedWindow(state, timelineView.engineWindow(), timelineView.view),
    );

  // Unfiltered, the exports are the dataset's own events (no pass over 100,000 of them);
  // filtered, the dataset's own events of those shown, found once an export asks for them
  // rather than at every keystroke.
  const { events: shownEvents, filtering } = shown;
  const exportedEvents = useMemo(() => {
    if (!filtering) return original.events;
    let found: PreparedDataset['events'] | undefined;
    return () => (found ??= shownEvents.flatMap((e) => original.byId.get(e.id) ?? []));
  }, [filtering, shownEvents, original.byId, original.events]);
  // Another dataset (`?data=`) speaks for itself: its address is said, and the letter's file is
  // offered only for paragraphs that are the letter's.
  const own = state.data === undefined || state.data === DEFAULT_DATASET;
  // A site built with another dataset has the letter's text only where a link brings it.
  const letterText = useLetterText(original, own && siteHoldsLetter());
  const origin: DatasetOrigin | undefined = useMemo(
    () =>
      own || state.data === undefined
        ? undefined
        : {
            // A file opened in this browser has no address: its key stands for it (see docs/url-format.md).
            url: state.data.startsWith('file:')
              ? state.data
              : new URL(`${prefix}${state.data}`, window.location.href).href,
            letterText,
          },
    [own, prefix, state.data, letterText],
  );
  const exports = useExportContext(
    original,
    state,
    { events: exportedEvents, filtering },
    prefix,
    letterText,
  );

  // The letter's own page, for readers without JavaScript (the letter's dataset only).
  const letterHref =
    state.data === undefined ? pageHref(prefix, { kind: 'letter' }, state.lang) : undefined;
  /** The open event's plain-text citation with a link, as "Cite" copies it. */
  const citation = (url: string) =>
    selected ? formatCitation(original, selected, url, { t, dates }, origin) : '';

  return { link, exports, letterHref, citation, origin };
}
