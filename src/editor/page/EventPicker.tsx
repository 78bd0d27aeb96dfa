import { useT } from '../../i18n/use-t.ts';
import type { DraftEvent } from './draft-dataset.ts';

export interface EventPickerProps {
  events: readonly DraftEvent[];
  open: number | undefined;
  onOpen: (index: number) => void;
}

/** The draft's events, one button each, to open one in the form. */
export function EventPicker({ events, open, onOpen }: EventPickerProps) {
  const { t } = useT();
  return (
    <nav className="editor-events" aria-label={t('editor.events.heading')}>
      <h2>{t('editor.events.heading')}</h2>
      {events.length === 0 ? (
        <p>{t('editor.events.none')}</p>
      ) : (
        <ol>
          {events.map((event, i) => (
            <li key={`${event.id}-${i}`}>
              <button
                type="button"
                aria-current={i === open ? 'true' : undefined}
                onClick={() => onOpen(i)}
              >
                {event.title || t('editor.events.untitled', { id: event.id })}
              </button>
            </li>
          ))}
        </ol>
      )}
    </nav>
  );
}
