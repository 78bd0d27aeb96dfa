import {
  CERTAINTIES,
  PRECISIONS,
  type Certainty,
  type Precision,
} from '../../dates/date-vocabulary.ts';
import { useDateWords } from '../../i18n/use-date-words.ts';
import { useT } from '../../i18n/use-t.ts';
import type { DraftEvent } from './draft-dataset.ts';
import { dateFieldsOf } from './edtf-fields.ts';
import { setField } from './event-edits.ts';
import { Field } from './Field.tsx';
import { useEdtfReader } from './use-edtf-reader.ts';

export interface DateFieldsProps {
  event: DraftEvent;
  documentDate: string;
  problems: (field: string) => string[];
  onChange: (change: (event: DraftEvent) => DraftEvent) => void;
}

const isPrecision = (v: string): v is Precision => (PRECISIONS as readonly string[]).includes(v);
const isCertainty = (v: string): v is Certainty => (CERTAINTIES as readonly string[]).includes(v);

/** The event's date as EDTF, read back in words as it is typed; start, end and precision follow from it. */
export function DateFields({ event, documentDate, problems, onChange }: DateFieldsProps) {
  const { t } = useT();
  const dates = useDateWords();
  const read = useEdtfReader();
  const fields = read ? dateFieldsOf(event.edtf, read, documentDate) : undefined;
  const reading =
    fields === undefined
      ? ''
      : 'error' in fields
        ? t('editor.event.dateUnread')
        : isPrecision(fields.precision) && isCertainty(event.certainty)
          ? dates.qualified({ ...fields, certainty: event.certainty })
          : '';

  const setEdtf = (edtf: string) =>
    onChange((e) => {
      const next: DraftEvent = { ...e, edtf };
      const worked = read ? dateFieldsOf(edtf, read, documentDate) : undefined;
      if (!worked || 'error' in worked) return next;
      delete next.end;
      delete next.ongoing;
      const { certainty, ...bounds } = worked;
      return { ...next, ...bounds, ...(certainty ? { certainty } : {}) };
    });
  return (
    <>
      <Field
        id="ev-edtf"
        label={t('editor.event.date')}
        hint={
          <>
            {t('editor.event.dateHint')}{' '}
            <output htmlFor="ev-edtf" className="editor-date-reading">
              {reading}
            </output>
          </>
        }
        problems={['edtf', 'start', 'end', 'precision', 'ongoing'].flatMap(problems)}
      >
        {(describedBy) => (
          <input
            id="ev-edtf"
            value={event.edtf}
            aria-describedby={describedBy}
            spellCheck={false}
            onChange={(e) => setEdtf(e.target.value)}
          />
        )}
      </Field>
      <Field id="ev-certainty" label={t('editor.event.certainty')} problems={problems('certainty')}>
        {(describedBy) => (
          <select
            id="ev-certainty"
            value={event.certainty}
            aria-describedby={describedBy}
            onChange={(e) => onChange((ev) => ({ ...ev, certainty: e.target.value }))}
          >
            {CERTAINTIES.map((c) => (
              <option key={c} value={c}>
                {t(`editor.certainty.${c}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="ev-dateWording"
        label={t('editor.event.dateWording')}
        hint={t('editor.event.dateWordingHint')}
        problems={problems('dateWording')}
      >
        {(describedBy) => (
          <input
            id="ev-dateWording"
            value={event.dateWording ?? ''}
            aria-describedby={describedBy}
            onChange={(e) => onChange((ev) => setField(ev, 'dateWording', e.target.value))}
          />
        )}
      </Field>
    </>
  );
}
