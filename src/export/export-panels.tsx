/** The contents of the Download menu and of the citation formats; the files are built by code loaded on first use. */
import { useMemo, useState } from 'react';
import { localizeDataset } from '../dataset/localize-dataset.ts';
import { labelIn } from '../dataset/dataset-labels.ts';
import { useDateWords } from '../i18n/use-date-words.ts';
import { loadSection, type MessageId } from '../i18n/i18n.ts';
import { useT, type Translate } from '../i18n/use-t.ts';
import { copyText } from '../ui/copy-text.ts';
import { saveFile } from '../ui/save-file.ts';
import type { CiteFormatsProps, DownloadMenuProps } from './menu-props.ts';
import type { CitationFormat } from './export-files.ts';
import { loadExportFiles } from './load-export-files.ts';
import './export-panels.css';

/**
 * The export code, loaded on first use (with the CSV's words, for the CSV); null, with the
 * failure said in the status, when it cannot be fetched.
 */
async function loadFiles(setStatus: (status: string) => void, t: Translate, csv = false) {
  setStatus('');
  try {
    const [files] = await Promise.all([loadExportFiles(), csv ? loadSection('csv') : undefined]);
    return files;
  } catch {
    setStatus(t('export.failed'));
    return null;
  }
}

export function DownloadItems({
  dataset,
  shortName,
  selection,
  eventLink,
  viewLink,
  sourceFile,
}: DownloadMenuProps) {
  const [status, setStatus] = useState('');
  const { t, language } = useT();
  const dates = useDateWords();
  // The CSV is for reading: its words are the reader's; the JSON is the dataset as it is.
  const localized = useMemo(() => localizeDataset(dataset, language), [dataset, language]);
  const save = async (what: 'csv' | 'json') => {
    const files = await loadFiles(setStatus, t, what === 'csv');
    if (!files) return;
    const request = {
      dataset,
      shortName,
      selection,
      kindLabel: (kind: string) => localized.kindById.get(kind)?.label ?? kind,
      csvWords: {
        heading: (column: keyof typeof files.COLUMN_HEADINGS) => t(files.COLUMN_HEADINGS[column]),
        dateText: dates.qualified,
        localize: (event: (typeof selection.events)[number]) =>
          localized.byId.get(event.id) ?? event,
        label: (value: string) =>
          labelIn(dataset.labels, value, language, dataset.document.language).text,
        lineName: (part: 'heading' | 'closing') => t('csv.line', { part }),
      },
      eventLink,
      link: viewLink(),
      exportedAt: new Date().toISOString(),
    };
    const file = what === 'csv' ? files.eventsCsvFile(request) : files.datasetJsonFile(request);
    saveFile(file.name, file.text, file.type);
    setStatus(t('export.saved', { name: file.name }));
  };
  const count = selection.events.length;
  return (
    <>
      <ul className="menu-items">
        <li>
          <button type="button" onClick={() => void save('csv')}>
            {t('download.csv')}
          </button>
          <span className="menu-note">
            {selection.filter
              ? t('download.csvNoteFiltered', { count, total: dataset.events.length })
              : t('download.csvNote', { count })}
          </span>
        </li>
        <li>
          <button type="button" onClick={() => void save('json')}>
            {t('download.json')}
          </button>
          <span className="menu-note">{t('download.jsonNote')}</span>
        </li>
        {sourceFile ? (
          <li>
            <a className="menu-link" href={sourceFile.href} download={sourceFile.name}>
              {t('download.source')}
            </a>
            <span className="menu-note">
              <bdi translate="no">{sourceFile.name}</bdi>
              {sourceFile.sha256 ? (
                <>
                  {t('download.checksum')} <code className="checksum">{sourceFile.sha256}</code>
                </>
              ) : null}
            </span>
          </li>
        ) : null}
      </ul>
      <p role="status" className="menu-status">
        {status}
      </p>
    </>
  );
}

const FORMATS: { format: CitationFormat; label: MessageId; extension: string }[] = [
  { format: 'text', label: 'cite.format.text', extension: '.txt' },
  { format: 'bibtex', label: 'cite.format.bibtex', extension: '.bib' },
  { format: 'ris', label: 'cite.format.ris', extension: '.ris' },
  { format: 'csl-json', label: 'cite.format.csl', extension: '.json' },
];

export function CiteItems(props: CiteFormatsProps & { scopeName: string }) {
  const { dataset, event, shortName, scopeName } = props;
  const [scope, setScope] = useState<'event' | 'document'>('event');
  const [status, setStatus] = useState('');
  const { t } = useT();
  const dates = useDateWords();
  const { number } = dates;

  const act = async (format: CitationFormat, label: string, action: 'copy' | 'save') => {
    const files = await loadFiles(setStatus, t);
    if (!files) return;
    const forEvent = scope === 'event';
    const file = files.citationFile(format, {
      dataset,
      shortName,
      event: forEvent ? event : undefined,
      link: forEvent ? props.eventLink() : props.documentLink(),
      plainEventText: props.plainEventText,
      civilDate: dates.civil,
    });
    if (action === 'save') {
      saveFile(file.name, file.text, file.type);
      setStatus(t('export.saved', { name: file.name }));
    } else {
      const ok = await copyText(file.text);
      setStatus(ok ? t('cite.copied', { format: label }) : t('cite.copyBlocked'));
    }
  };

  const numbers = new Set<number>();
  for (const s of event.sources) {
    const n = dataset.paragraphNumber.get(s.paragraph);
    if (n !== undefined) numbers.add(n);
  }
  const where =
    numbers.size === 0
      ? ''
      : ` ${t('cite.paragraphs', { count: numbers.size, numbers: [...numbers].map(number).join(', ') })}`;

  return (
    <>
      <fieldset className="cite-scope">
        <legend>{t('panel.cite')}</legend>
        <label>
          <input
            type="radio"
            name={scopeName}
            checked={scope === 'event'}
            onChange={() => setScope('event')}
          />
          {t('cite.thisEvent')}
          {where}
        </label>
        <label>
          <input
            type="radio"
            name={scopeName}
            checked={scope === 'document'}
            onChange={() => setScope('document')}
          />
          {t('cite.wholeLetter')}
        </label>
      </fieldset>
      <ul className="cite-list">
        {FORMATS.map(({ format, label: id, extension }) => {
          const label = t(id);
          return (
            <li key={format}>
              <span className="cite-format">
                {label} <span className="menu-note">{extension}</span>
              </span>
              <button
                type="button"
                aria-label={t('cite.copyFormat', { format: label })}
                onClick={() => void act(format, label, 'copy')}
              >
                {t('cite.copy')}
              </button>
              <button
                type="button"
                aria-label={t('cite.downloadFormat', { format: label, extension })}
                onClick={() => void act(format, label, 'save')}
              >
                {t('download.menu')}
              </button>
            </li>
          );
        })}
      </ul>
      <p role="status" className="menu-status">
        {status}
      </p>
    </>
  );
}
