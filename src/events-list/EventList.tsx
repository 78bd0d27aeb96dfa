import { certaintyMark, formatEventDate } from '../dates/format-date.ts';
import type { PreparedEvent } from '../dataset/prepare-dataset.ts';
import { KIND_LABELS } from '../ui/kind-labels.ts';

export interface EventListProps {
  events: readonly PreparedEvent[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}

const CERTAINTY_NOTE = { stated: '', approximate: ' (approximate date)', inferred: ' (date inferred)' };

/** The timeline's accessible twin: every event in order, each a button that opens it. */
export function EventList({ events, selectedId, onSelect }: EventListProps) {
  return (
    <nav className="event-list" aria-labelledby="event-list-title">
      <h2 id="event-list-title" className="section-title">
        Events in order <span className="count">({events.length})</span>
      </h2>
      <ol>
        {events.map((event) => {
          const mark = certaintyMark(event.certainty);
          return (
            <li key={event.id}>
              <button
                type="button"
                className="event-entry"
                data-event-id={event.id}
                aria-current={event.id === selectedId ? 'true' : undefined}
                onClick={() => onSelect(event.id)}
              >
                <span className={`kind-swatch kind-${event.kind}`} aria-hidden="true" />
                <span className="entry-date">
                  {mark ? <span aria-hidden="true">{mark} </span> : null}
                  {formatEventDate(event)}
                  <span className="visually-hidden">{CERTAINTY_NOTE[event.certainty]}, </span>
                </span>
                <span className="entry-title" dir="auto">
                  {event.title}
                </span>
                <span className="entry-kind">{KIND_LABELS[event.kind]}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
