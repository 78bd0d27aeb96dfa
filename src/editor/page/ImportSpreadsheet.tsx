import { useId, useState } from 'react';
import { useT } from '../../i18n/use-t.ts';
import type { MessageId } from '../../i18n/i18n.ts';
import {
  CsvRefused,
  importEventsCsv,
  type CsvImport,
  type CsvParagraph,
  type CsvRefusal,
  type UnmatchedReason,
} from '../import-csv.ts';
import type { ImportedEvent } from '../import-csv-event.ts';

const REASONS: Record<UnmatchedReason, MessageId> = {
  'not-found': 'editor.import.notFound',
  ambiguous: 'editor.import.ambiguous',
  'no-quote': 'editor.import.noQuote',
};
const REFUSALS: Record<CsvRefusal, MessageId> = {
  'not-csv': 'editor.import.notCsv',
  'no-quotes-column': 'editor.import.noQuotesColumn',
};

export interface ImportSpreadsheetProps {
  paragraphs: readonly CsvParagraph[];
  onImport: (events: ImportedEvent[]) => void;
}

/**
 * "Import a spreadsheet": a CSV in the columns of the app's own events export, its rows added
 * to the draft as events; rows whose quote is not found verbatim are listed, never guessed.
 */
export function ImportSpreadsheet({ paragraphs, onImport }: ImportSpreadsheetProps) {
  const { t } = useT();
  const id = useId();
  const [report, setReport] = useState<CsvImport | { refused: CsvRefusal }>();
  const read = async (file: File | undefined) => {
    if (!file) return;
    const text = await file.text();
    try {
      const imported = importEventsCsv(text, paragraphs);
      if (imported.events.length > 0) onImport(imported.events);
      setReport(imported);
    } catch (error) {
      if (!(error instanceof CsvRefused)) throw error;
      setReport({ refused: error.code });
    }
  };
  return (
    <section className="editor-import" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('editor.import.heading')}</h2>
      <p id={`${id}-hint`}>{t('editor.import.hint')}</p>
      <label htmlFor={`${id}-file`}>{t('editor.import.file')}</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".csv,text/csv"
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          void read(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      <div role="status">
        {report && 'refused' in report && <p>{t(REFUSALS[report.refused])}</p>}
        {report && 'events' in report && (
          <p>
            {t('editor.import.added', { count: report.events.length })}{' '}
            {report.unmatched.length > 0 &&
              t('editor.import.unmatched', { count: report.unmatched.length })}
          </p>
        )}
      </div>
      {report && 'events' in report && report.unmatched.length > 0 && (
        <ul aria-label={t('editor.import.unmatchedList')}>
          {report.unmatched.map((u, i) => (
            <li key={`${u.row}-${i}`}>
              {t('editor.import.row', { row: u.row })}: <q>{u.quote}</q> — {t(REASONS[u.reason])}
            </li>
          ))}
        </ul>
      )}
      {report && 'events' in report && report.moved.length > 0 && (
        <ul aria-label={t('editor.import.movedList')}>
          {report.moved.map((m, i) => (
            <li key={`${m.row}-${i}`}>
              {t('editor.import.row', { row: m.row })}: <q>{m.quote}</q> —{' '}
              {t(m.given ? 'editor.import.moved' : 'editor.import.placed', {
                given: m.given,
                paragraph: m.paragraph,
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
