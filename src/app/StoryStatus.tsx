import type { ReactNode } from 'react';
import type { PreparedEvent } from '../dataset/prepare-dataset.ts';
import { Msg } from '../i18n/Msg.tsx';
import { useDateWords } from '../i18n/use-date-words.ts';

/** The polite announcements: the event just opened, and what a step, zoom or pan did. */
export function StoryStatus({
  selected,
  said,
}: {
  selected: PreparedEvent | undefined;
  said: ReactNode;
}) {
  const dates = useDateWords();
  return (
    <>
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
    </>
  );
}
