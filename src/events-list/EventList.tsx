import type { KeyboardEvent, ReactNode } from 'react';
import type { PreparedEvent } from '../dataset/prepare-dataset.ts';
import { EventEntry } from './EventEntry.tsx';
import { entryTarget } from './list-keys.ts';
import { VirtualEventList } from './VirtualEventList.tsx';

export interface EventListProps {
  events: readonly PreparedEvent[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  /** A control beside the heading (the Download menu). */
  headingAction?: ReactNode;
}

/** Above this many events, only the entries in view are rendered. */
export const VIRTUAL_LIST_THRESHOLD = 200;

function moveFocus(event: KeyboardEvent<HTMLOListElement>, count: number) {
  const to = entryTarget(event, count);
  if (to !== null) event.currentTarget.querySelector<HTMLElement>(`[data-index="${to}"]`)?.focus();
}

/** The timeline's accessible twin: every event in order, each a button that opens it. */
export function EventList({ events, selectedId, onSelect, headingAction }: EventListProps) {
  return (
    <nav className="event-list" aria-labelledby="event-list-title">
      <div className="section-head">
        <h2 id="event-list-title" className="section-title">
          Events in order <span className="count">({events.length.toLocaleString('en')})</span>
        </h2>
        {headingAction}
      </div>
      {events.length > VIRTUAL_LIST_THRESHOLD ? (
        <VirtualEventList events={events} selectedId={selectedId} onSelect={onSelect} />
      ) : (
        <ol onKeyDown={(e) => moveFocus(e, events.length)}>
          {events.map((event) => (
            <li key={event.id}>
              <EventEntry event={event} current={event.id === selectedId} onSelect={onSelect} />
            </li>
          ))}
        </ol>
      )}
    </nav>
  );
}
