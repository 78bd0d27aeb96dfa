import type { ReactNode } from 'react';
import type { PreparedEvent } from '../dataset/prepare-dataset.ts';
import { Msg } from '../i18n/Msg.tsx';
import { useDateWords } from '../i18n/use-date-words.ts';
import { useT } from '../i18n/use-t.ts';
import { useSpokenChange } from '../ui/use-spoken-change.ts';

/** The polite announcements: the event just opened, and what a step, zoom or pan did. */
export function StoryStatus({
  selected,
  said,
  saidCount,
}: {
  selected: PreparedEvent | undefined;
  said: ReactNode;
  /** How many messages have been said: the same words said again are a new node, read again. */
  saidCount: number;
}) {
  const dates = useDateWords();
  const { language } = useT();
  // A language switch does not re-announce the event that is already open.
  const speakOpened = useSpokenChange(selected?.id, language);
  const speakSaid = useSpokenChange(saidCount, language);
  return (
    <>
      <p className="visually-hidden" role="status" aria-live="polite">
        {selected && speakOpened ? (
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
        <span key={saidCount}>{speakSaid ? said : null}</span>
      </p>
    </>
  );
}
