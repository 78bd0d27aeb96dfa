import {
  lazy,
  Suspense,
  useImperativeHandle,
  useRef,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
} from 'react';
import type { PreparedEvent } from '../dataset/prepare-dataset.ts';
import { useDateWords } from '../i18n/use-date-words.ts';
import { useT } from '../i18n/use-t.ts';
import { useHydrated } from '../ui/use-hydrated.ts';
import { usePrinting } from '../ui/use-printing.ts';
import { EventEntry } from './EventEntry.tsx';
import { entryTarget } from './list-keys.ts';

// Only long lists need the virtualizer: its code loads when a dataset first has one.
const VirtualEventList = lazy(() =>
  import('./VirtualEventList.tsx').then((m) => ({ default: m.VirtualEventList })),
);

export interface EventListProps {
  /** The events shown: all of them, or those the filters keep. */
  events: readonly PreparedEvent[];
  /** How many events the dataset has. */
  total: number;
  filtering: boolean;
  /** The search's words, emphasised in the entries. */
  terms: readonly string[];
  kindLabel: (kind: string) => { text: string; lang: string | undefined };
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  /** A control beside the heading (the Download menu). */
  headingAction?: ReactNode;
  onClearFilters: () => void;
  /** What the list lets its owner do: find an event's entry, to move focus there. */
  ref?: Ref<EventListHandle>;
}

export interface EventListHandle {
  /** The entry of an event, when it is on the page. */
  entry(id: string): HTMLElement | null;
}

/** Above this many events, only the entries in view are rendered. */
export const VIRTUAL_LIST_THRESHOLD = 200;
/**
 * A page written ahead (and the app while it takes the page over) lists at most this many
 * entries, from a few before the page's event: each page carries its first view, not every
 * event, so a site's size grows with its events, not their square. The app lists them all
 * as soon as it runs; readers without JavaScript have the page links.
 */
export const FIRST_VIEW_ENTRIES = 40;
/** Up to this many events, paper gets every entry; beyond, the page says where to find them all. */
export const PRINTED_ENTRIES_MAX = 5_000;

function moveFocus(event: KeyboardEvent<HTMLOListElement>, count: number) {
  const to = entryTarget(event, count);
  if (to !== null) event.currentTarget.querySelector<HTMLElement>(`[data-index="${to}"]`)?.focus();
}

/** The timeline's accessible twin: every event shown, in order, each a button that opens it. */
export function EventList({
  events,
  total,
  filtering,
  terms,
  kindLabel,
  selectedId,
  onSelect,
  onClearFilters,
  headingAction,
  ref,
}: EventListProps) {
  const { t } = useT();
  const navRef = useRef<HTMLElement>(null);
  useImperativeHandle(
    ref,
    () => ({
      entry: (id) =>
        navRef.current?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`) ?? null,
    }),
    [],
  );
  const { number } = useDateWords();
  const printing = usePrinting();
  const hydrated = useHydrated();
  const firstViewFrom =
    hydrated || events.length <= FIRST_VIEW_ENTRIES
      ? undefined
      : Math.max(0, events.findIndex((e) => e.id === selectedId) - 4);
  const virtual =
    events.length > VIRTUAL_LIST_THRESHOLD && !(printing && events.length <= PRINTED_ENTRIES_MAX);
  const entry = (event: PreparedEvent, position: number) => (
    <EventEntry
      event={event}
      position={position}
      kindLabel={kindLabel(event.kind)}
      terms={terms}
      current={event.id === selectedId}
      onSelect={onSelect}
    />
  );
  const plainList = (shown: readonly PreparedEvent[], from = 0) => (
    <ol onKeyDown={(e) => moveFocus(e, shown.length)} start={from > 0 ? from + 1 : undefined}>
      {shown.map((event, i) => (
        <li key={event.id}>{entry(event, from + i)}</li>
      ))}
    </ol>
  );
  return (
    <nav
      ref={navRef}
      id="events-in-order"
      className="event-list"
      aria-labelledby="event-list-title"
      data-shortcut-scope
      tabIndex={-1}
    >
      <div className="section-head">
        <h2 id="event-list-title" className="section-title">
          {/* One text node with its space: a page written ahead puts no comment between them. */}
          {`${t('list.heading')} `}
          <span className="count">
            {filtering
              ? t('list.countFiltered', { shown: events.length, total })
              : `(${number(total)})`}
          </span>
        </h2>
        {headingAction}
      </div>
      {events.length === 0 && filtering ? (
        <div className="no-matches">
          <p>{t('list.noMatches')}</p>
          <button
            type="button"
            onClick={() => {
              // The box goes once the filters are cleared: focus stays in the list.
              onClearFilters();
              navRef.current?.focus();
            }}
          >
            {t('filters.clear')}
          </button>
        </div>
      ) : firstViewFrom !== undefined ? (
        plainList(events.slice(firstViewFrom, firstViewFrom + FIRST_VIEW_ENTRIES), firstViewFrom)
      ) : virtual ? (
        <>
          {events.length > PRINTED_ENTRIES_MAX ? (
            <p className="print-only">
              {t('list.tooLongToPrint', { count: events.length, max: PRINTED_ENTRIES_MAX })}
            </p>
          ) : null}
          {/* Meanwhile the first entries show as a plain list. */}
          <Suspense fallback={plainList(events.slice(0, 40))}>
            <VirtualEventList events={events} selectedId={selectedId} renderEntry={entry} />
          </Suspense>
        </>
      ) : (
        plainList(events)
      )}
    </nav>
  );
}
