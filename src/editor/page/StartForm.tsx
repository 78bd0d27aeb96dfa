import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../i18n/use-t.ts';
import type { MessageId } from '../../i18n/i18n.ts';
import { newDraft, saveDraft } from '../drafts/draft-store.ts';
import { readDocumentFile } from '../intake/read-document-file.ts';
import { IntakeRefused, type DocumentIntake } from '../intake/intake-types.ts';
import { newDataset, paragraphsOf, type DocumentFields } from './new-dataset.ts';

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
  // The file opened, and its text as shown: while the text is unchanged, its paragraphs are the file's.
  const [opened, setOpened] = useState<{ intake: DocumentIntake; text: string }>();
  const [message, setMessage] = useState<string>();
  const count = paragraphsOf(text).length;

  const open = async (file: File | undefined) => {
    if (!file) return;
    try {
      const intake = await readDocumentFile(file);
      const shown = intake.paragraphs.map((p) => p.text).join('\n\n');
      const given = intake.fields;
      setText(shown);
      setOpened({ intake, text: shown });
      setFields((f) => ({
        title: given.title ?? f.title,
        authors: given.authors?.join('\n') ?? f.authors,
        date: given.date ?? f.date,
        language: given.language ?? f.language,
        whereFound: f.whereFound,
      }));
      setMessage(undefined);
    } catch (error) {
      const code = error instanceof IntakeRefused ? error.refusal.code : 'unreadable';
      setMessage(t(`editor.intake.${code}`, { name: file.name }));
    }
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (count === 0) return setMessage(t('editor.start.noText'));
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const file = opened && { name: opened.intake.fileName, sha256: opened.intake.sha256 };
    const asOpened = opened?.text === text ? opened.intake.paragraphs : undefined;
    const dataset = newDataset(text, fields, zone, file, asOpened);
    const draft = newDraft(dataset, file);
    try {
      await saveDraft(draft);
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
