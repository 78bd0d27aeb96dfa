/** The contents of the Download menu (the citation formats' are in cite-items.tsx); the files are built by code loaded on first use. */
import { useMemo, useState } from 'react';
import { localizeDataset } from '../dataset/localize-dataset.ts';
import { labelIn } from '../dataset/dataset-labels.ts';
import { useDateWords } from '../i18n/use-date-words.ts';
import { useT } from '../i18n/use-t.ts';
import { saveFile } from '../ui/save-file.ts';
import type { DownloadMenuProps } from './menu-props.ts';
import { loadFiles } from './load-files.ts';
import { DatasetFileItems } from './DatasetFileItems.tsx';
import './export-panels.css';

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
        dateQuality: dates.quality,
        localize: (event: (typeof selection.events)[number]) =>
          localized.byId.get(event.id) ?? event,
        label: (value: string) =>
          labelIn(dataset.labels, value, language, dataset.document.language).text,
        lineName: (part: 'heading' | 'closing') => t('csv.line', { part }),
        kindBasis: (basis: 'call' | 'letter') => t('csv.kindBasisValue', { basis }),
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
        <DatasetFileItems />
      </ul>
      <p role="status" className="menu-status">
        {status}
      </p>
    </>
  );
}
