import { labelIn } from '../dataset/dataset-labels.ts';
import type { PreparedDataset, PreparedEvent } from '../dataset/prepare-dataset.ts';
import { useDateWords } from '../i18n/use-date-words.ts';
import { useT } from '../i18n/use-t.ts';
import { QuotedRuns } from '../ui/QuotedRuns.tsx';

interface Props {
  dataset: PreparedDataset;
  event: PreparedEvent;
}

/** The open event's kind note, date quality, place and actors. */
export function EventFacts({ dataset, event }: Props) {
  const { t, language } = useT();
  const dates = useDateWords();
  // Actors and places are the dataset's labels: shown in the reader's language where it has them.
  const label = (value: string) =>
    labelIn(dataset.labels, value, language, dataset.document.language);
  return (
    <dl className="facts">
      {event.kindNote ? (
        <>
          <dt>{t('panel.kind')}</dt>
          <dd dir="auto">
            <QuotedRuns
              text={event.kindNote}
              lang={event.summaryLang ?? language}
              quotesLang={dataset.document.language}
            />
          </dd>
        </>
      ) : null}
      <dt>{t('panel.date')}</dt>
      <dd>
        {dates.quality(event)}
        {event.illustrativeTime && !event.isRange && event.precision !== 'day'
          ? ` ${t('panel.placeInDay')}`
          : ''}
      </dd>
      {event.place ? (
        <>
          <dt>{t('panel.place')}</dt>
          <dd>
            <bdi lang={label(event.place).lang}>{label(event.place).text}</bdi>
          </dd>
        </>
      ) : null}
      {event.actors.length > 0 ? (
        <>
          <dt>{t('panel.who')}</dt>
          <dd>
            {event.actors.map((actor, i) => (
              <span key={i}>
                {i > 0 ? ', ' : ''}
                <bdi lang={label(actor).lang}>{label(actor).text}</bdi>
              </span>
            ))}
          </dd>
        </>
      ) : null}
    </dl>
  );
}
