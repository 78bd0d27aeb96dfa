import { useT } from '../../i18n/use-t.ts';
import type { MessageId } from '../../i18n/i18n.ts';
import type { DraftDocument } from './draft-dataset.ts';
import { Field } from './Field.tsx';

export interface DocumentFieldsProps {
  document: DraftDocument;
  open: boolean;
  onToggle: (open: boolean) => void;
  problems: (field: string) => string[];
  onChange: (change: (document: DraftDocument) => DraftDocument) => void;
}

const FIELDS: { field: 'title' | 'date' | 'language'; label: MessageId }[] = [
  { field: 'title', label: 'editor.doc.title' },
  { field: 'date', label: 'editor.doc.date' },
  { field: 'language', label: 'editor.doc.language' },
];

/** What the draft says of its document: the fields the format has, each with its problems. */
export function DocumentFields({ document, open, onToggle, ...props }: DocumentFieldsProps) {
  const { problems, onChange } = props;
  const { t } = useT();
  return (
    <details
      className="editor-document-fields"
      open={open}
      onToggle={(e) => onToggle(e.currentTarget.open)}
    >
      <summary>{t('editor.doc.heading')}</summary>
      {FIELDS.map(({ field, label }) => (
        <Field key={field} id={`doc-${field}`} label={t(label)} problems={problems(field)}>
          {(describedBy) => (
            <input
              id={`doc-${field}`}
              value={document[field] ?? ''}
              aria-describedby={describedBy}
              onChange={(e) => onChange((d) => ({ ...d, [field]: e.target.value }))}
            />
          )}
        </Field>
      ))}
      <Field id="doc-source" label={t('editor.doc.whereFound')} problems={problems('source')}>
        {(describedBy) => (
          <input
            id="doc-source"
            value={document.source?.description ?? ''}
            aria-describedby={describedBy}
            onChange={(e) =>
              onChange((d) => ({ ...d, source: { ...d.source, description: e.target.value } }))
            }
          />
        )}
      </Field>
    </details>
  );
}
