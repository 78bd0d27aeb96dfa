import { certaintyMark, formatEventDate } from '../dates/format-date.ts';
import type { PreparedEvent } from '../dataset/prepare-dataset.ts';
import { KIND_LABELS } from '../ui/kind-labels.ts';

const CERTAINTY_NOTE = { stated: '', approximate: ' (approximate date)', inferred: ' (date inferred)' };

export interface EventEntryProps {
  event: PreparedEvent;
  current: boolean;
  onSelect: (id: string) => void;
}

/** One event in the list: a button with its date, title and kind. */
export function EventEntry({ event, current, onSelect }: EventEntryProps) {
  const mark = certaintyMark(event.certainty);
  return (
    <button
      type="button"
      className="event-entry"
      data-event-id={event.id}
      data-index={event.index}
      aria-current={current ? 'true' : undefined}
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
  );
}
