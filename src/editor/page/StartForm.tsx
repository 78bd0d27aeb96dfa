import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../i18n/use-t.ts';
import type { MessageId } from '../../i18n/i18n.ts';
import { saveDraft } from './local-drafts.ts';
import { newDataset, paragraphsOf, type DocumentFields } from './new-dataset.ts';
import { newDraftId, readTextFile, type ReadDocument } from './read-text-file.ts';

const FIELDS: {
  name: keyof DocumentFields;
  label: MessageId;
  hint?: MessageId;
  /** The format requires it: the draft cannot pass its checks without it. */
  required?: true;
}[] = [
  { name: 'title', label: 'editor.doc.title', required: true },
  { name: 'authors', label: 'editor.doc.authors', hint: 'editor.doc.authorsHint' },
  { name: 'date', label: 'editor.doc.date', hint: 'editor.doc.dateHint', required: true },
  { name: 'language', label: 'editor.doc.language', hint: 'editor.doc.languageHint' },
  { name: 'whereFound', label: 'editor.doc.whereFound' },
];

const EMPTY: DocumentFields = { title: '', authors: '', date: '', language: '', whereFound: '' };

/** The start: paste a document's text or open its file, say what it is, and make a draft of it. */
export function StartForm({ onCreated }: { onCreated: (id: string) => void }) {
  const { t } = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [fields, setFields] = useState(EMPTY);
  const [opened, setOpened] = useState<ReadDocument['file']>();
  const [message, setMessage] = useState<string>();
  const count = paragraphsOf(text).length;

  const open = async (file: File | undefined) => {
    if (!file) return;
    try {
      const read = await readTextFile(file);
      setText(read.text);
      setOpened(read.file);
      setMessage(undefined);
    } catch {
      setMessage(t('editor.start.unreadable', { name: file.name }));
    }
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (count === 0) return setMessage(t('editor.start.noText'));
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const dataset = newDataset(text, fields, zone, opened);
    const now = Date.now();
    const draft = { id: newDraftId(), created: now, updated: now, dataset };
    try {
      await saveDraft(opened ? { ...draft, documentFile: opened } : draft);
      onCreated(draft.id);
    } catch {
      setMessage(t('editor.start.refused'));
    }
  };
  return (
    <form className="editor-start" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('editor.start.heading')}</h2>
      <p>{t('editor.start.intro')}</p>
      <label htmlFor={`${id}-file`}>{t('editor.start.open')}</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".txt,.md,.html,.htm,.pdf,.docx,text/plain"
        onChange={(e) => void open(e.target.files?.[0])}
      />
      <label htmlFor={`${id}-text`}>{t('editor.start.text')}</label>
      <textarea
        id={`${id}-text`}
        rows={12}
        value={text}
        aria-describedby={`${id}-count`}
        onChange={(e) => setText(e.target.value)}
      />
      <p id={`${id}-count`} className="editor-hint">
        {t('editor.start.paragraphs', { count })}
      </p>
      {FIELDS.map((field) => (
        <div key={field.name} className="editor-field">
          <label htmlFor={`${id}-${field.name}`}>{t(field.label)}</label>
          {field.name === 'authors' ? (
            <textarea
              id={`${id}-${field.name}`}
              rows={3}
              value={fields[field.name]}
              aria-describedby={`${id}-${field.name}-hint`}
              onChange={(e) => setFields({ ...fields, [field.name]: e.target.value })}
            />
          ) : (
            <input
              id={`${id}-${field.name}`}
              required={field.required}
              value={fields[field.name]}
              aria-describedby={field.hint ? `${id}-${field.name}-hint` : undefined}
              onChange={(e) => setFields({ ...fields, [field.name]: e.target.value })}
            />
          )}
          {field.hint && (
            <p id={`${id}-${field.name}-hint`} className="editor-hint">
              {t(field.hint)}
            </p>
          )}
        </div>
      ))}
      {message && <p role="alert">{message}</p>}
      <button type="submit">{t('editor.start.create')}</button>
    </form>
  );
}
