import { certaintyMark } from '../dates/format-date.ts';
import type { PreparedEvent } from '../dataset/prepare-dataset.ts';
import { useDateWords } from '../i18n/use-date-words.ts';
import { useT } from '../i18n/use-t.ts';
import { HighlightedText } from '../ui/HighlightedText.tsx';

export interface EventEntryProps {
  event: PreparedEvent;
  /** Its place in the list as shown (0-based), which the arrow keys move through. */
  position: number;
  kindLabel: { text: string; lang: string | undefined };
  /** The search's words, emphasised where they begin a word of the title. */
  terms: readonly string[];
  current: boolean;
  onSelect: (id: string) => void;
}

/** One event in the list: a button with its date, title and kind. */
export function EventEntry({
  event,
  position,
  kindLabel,
  terms,
  current,
  onSelect,
}: EventEntryProps) {
  const { t } = useT();
  const dates = useDateWords();
  const mark = certaintyMark(event.certainty);
  const date = dates.event(event);
  return (
    <button
      type="button"
      className="event-entry"
      data-event-id={event.id}
      data-index={position}
      aria-current={current ? 'true' : undefined}
      onClick={() => onSelect(event.id)}
    >
      <span className={`kind-swatch kind--${event.kind}`} aria-hidden="true" />
      {/* The name reads the date and its note as one text ("4 December 2014, …"): a hidden
          note of its own would be set apart by a space, before its comma. */}
      <span className="entry-date">
        <span aria-hidden="true">
          {mark ? `${mark} ` : null}
          {date}
        </span>
        <span className="visually-hidden">
          {`${date}${t('list.certaintyNote', { certainty: event.certainty })}`}
        </span>
      </span>
      <span className="entry-title" dir="auto" lang={event.titleLang}>
        <HighlightedText text={event.title} terms={terms} />
      </span>
      <span className="entry-kind">
        <bdi lang={kindLabel.lang}>{kindLabel.text}</bdi>
        {event.kindBasis ? ` ${t('kind.basis', { basis: event.kindBasis })}` : null}
      </span>
    </button>
  );
}
