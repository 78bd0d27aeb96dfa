import { useT } from '../../i18n/use-t.ts';
import { ActorsField } from './ActorsField.tsx';
import { DateFields } from './DateFields.tsx';
import type { DraftDataset, DraftEvent, DraftKind } from './draft-dataset.ts';
import { setField } from './event-edits.ts';
import { Field } from './Field.tsx';
import { KindFields } from './KindFields.tsx';

export interface EventFormProps {
  dataset: DraftDataset;
  event: DraftEvent;
  problems: (field: string) => string[];
  onChange: (change: (event: DraftEvent) => DraftEvent) => void;
  onAddKind: (kind: DraftKind) => void;
  onDelete: () => void;
}

/** One event described: every field of the format, each with the checker's problems beside it. */
export function EventForm({
  dataset,
  event,
  problems,
  onChange,
  onAddKind,
  onDelete,
}: EventFormProps) {
  const { t } = useT();
  const places = [...new Set(dataset.events.flatMap((e) => (e.place ? [e.place] : [])))];
  const set = (field: string, value: string | string[]) =>
    onChange((e) => setField(e, field, value));
  const text = (field: 'title' | 'label' | 'place' | 'summary', label: string, long = false) => (
    <Field id={`ev-${field}`} label={label} problems={problems(field)}>
      {(describedBy) =>
        long ? (
          <textarea
            id={`ev-${field}`}
            rows={3}
            value={event[field] ?? ''}
            aria-describedby={describedBy}
            onChange={(e) => set(field, e.target.value)}
          />
        ) : (
          <input
            id={`ev-${field}`}
            value={event[field] ?? ''}
            aria-describedby={describedBy}
            list={field === 'place' ? 'ev-places' : undefined}
            onChange={(e) => set(field, e.target.value)}
          />
        )
      }
    </Field>
  );
  return (
    <section className="editor-event" aria-labelledby="ev-heading">
      <h2 id="ev-heading">{t('editor.event.heading', { id: event.id })}</h2>
      {text('title', t('editor.event.title'))}
      {text('label', t('editor.event.label'))}
      <DateFields
        event={event}
        documentDate={dataset.document.date}
        problems={problems}
        onChange={onChange}
      />
      <KindFields
        event={event}
        kinds={dataset.kinds}
        problems={problems}
        onChange={onChange}
        onAddKind={onAddKind}
      />
      <ActorsField
        actors={event.actors ?? []}
        known={[...new Set(dataset.events.flatMap((e) => e.actors ?? []))]}
        problems={problems('actors')}
        onChange={(actors) => set('actors', actors)}
      />
      {text('place', t('editor.event.place'))}
      <datalist id="ev-places">
        {places.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      {text('summary', t('editor.event.summary'), true)}
      <h3>{t('editor.event.sources')}</h3>
      <ol className="editor-sources">
        {event.sources.map((source, i) => (
          <li key={`${source.paragraph}-${i}`}>
            <q>{source.quote}</q> <span>({source.paragraph})</span>{' '}
            <button
              type="button"
              disabled={event.sources.length === 1}
              onClick={() =>
                onChange((e) => ({ ...e, sources: e.sources.filter((_, j) => j !== i) }))
              }
            >
              {t('editor.event.removeQuote')}
            </button>
            {problems(`sources[${i}]`).map((m) => (
              <p key={m} className="editor-field-problems">
                {m}
              </p>
            ))}
          </li>
        ))}
      </ol>
      <button type="button" className="editor-delete" onClick={onDelete}>
        {t('editor.event.delete')}
      </button>
    </section>
  );
}
