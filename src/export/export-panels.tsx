/** The contents of the Download menu and of the citation formats; the files are built by code loaded on first use. */
import { useState } from 'react';
import { copyText } from '../ui/copy-text.ts';
import { saveFile } from '../ui/save-file.ts';
import type { CiteFormatsProps } from './CiteFormats.tsx';
import type { DownloadMenuProps } from './DownloadMenu.tsx';
import type { CitationFormat } from './export-files.ts';
import { loadExportFiles } from './load-export-files.ts';
import './export-panels.css';

const COUNT = new Intl.NumberFormat('en');
const FAILED = 'The file could not be prepared: check the connection and try again.';

/** The export code, loaded on first use; null, with the failure said in the status, when it cannot be fetched. */
async function loadFiles(setStatus: (status: string) => void) {
  setStatus('');
  try {
    return await loadExportFiles();
  } catch {
    setStatus(FAILED);
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
  const save = async (what: 'csv' | 'json') => {
    const files = await loadFiles(setStatus);
    if (!files) return;
    const request = {
      dataset,
      shortName,
      selection,
      kindLabel: (kind: string) => dataset.kindById.get(kind)?.label ?? kind,
      eventLink,
      link: viewLink(),
      exportedAt: new Date().toISOString(),
    };
    const file = what === 'csv' ? files.eventsCsvFile(request) : files.datasetJsonFile(request);
    saveFile(file.name, file.text, file.type);
    setStatus(`Saved ${file.name}.`);
  };
  const count = selection.events.length;
  const of = selection.filter ? ` of ${COUNT.format(dataset.events.length)}, filtered` : '';
  return (
    <>
      <ul className="menu-items">
        <li>
          <button type="button" onClick={() => void save('csv')}>
            Events as CSV
          </button>
          <span className="menu-note">
            {COUNT.format(count)} event{count === 1 ? '' : 's'}
            {of}, for spreadsheets
          </span>
        </li>
        <li>
          <button type="button" onClick={() => void save('json')}>
            Dataset as JSON
          </button>
          <span className="menu-note">the document and the events, in this app’s format</span>
        </li>
        {sourceFile ? (
          <li>
            <a className="menu-link" href={sourceFile.href} download={sourceFile.name}>
              Source file
            </a>
            <span className="menu-note">
              <bdi>{sourceFile.name}</bdi>
              {sourceFile.sha256 ? (
                <>
                  , SHA-256 <code className="checksum">{sourceFile.sha256}</code>
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

const FORMATS: { format: CitationFormat; label: string; extension: string }[] = [
  { format: 'text', label: 'Plain text', extension: '.txt' },
  { format: 'bibtex', label: 'BibTeX', extension: '.bib' },
  { format: 'ris', label: 'RIS', extension: '.ris' },
  { format: 'csl-json', label: 'CSL-JSON', extension: '.json' },
];

export function CiteItems(props: CiteFormatsProps & { scopeName: string }) {
  const { dataset, event, shortName, scopeName } = props;
  const [scope, setScope] = useState<'event' | 'document'>('event');
  const [status, setStatus] = useState('');

  const act = async (format: CitationFormat, label: string, action: 'copy' | 'save') => {
    const files = await loadFiles(setStatus);
    if (!files) return;
    const forEvent = scope === 'event';
    const file = files.citationFile(format, {
      dataset,
      shortName,
      event: forEvent ? event : undefined,
      link: forEvent ? props.eventLink() : props.documentLink(),
      plainEventText: props.plainEventText,
    });
    if (action === 'save') {
      saveFile(file.name, file.text, file.type);
      setStatus(`Saved ${file.name}.`);
    } else {
      const ok = await copyText(file.text);
      setStatus(
        ok
          ? `${label} copied to the clipboard.`
          : 'The browser blocked copying; use Download instead.',
      );
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
      : ` (paragraph${numbers.size === 1 ? '' : 's'} ${[...numbers].join(', ')})`;

  return (
    <>
      <fieldset className="cite-scope">
        <legend>Cite</legend>
        <label>
          <input
            type="radio"
            name={scopeName}
            checked={scope === 'event'}
            onChange={() => setScope('event')}
          />
          This event{where}
        </label>
        <label>
          <input
            type="radio"
            name={scopeName}
            checked={scope === 'document'}
            onChange={() => setScope('document')}
          />
          The whole letter
        </label>
      </fieldset>
      <ul className="cite-list">
        {FORMATS.map(({ format, label, extension }) => (
          <li key={format}>
            <span className="cite-format">
              {label} <span className="menu-note">{extension}</span>
            </span>
            <button
              type="button"
              aria-label={`Copy ${label}`}
              onClick={() => void act(format, label, 'copy')}
            >
              Copy
            </button>
            <button
              type="button"
              aria-label={`Download ${label} (${extension})`}
              onClick={() => void act(format, label, 'save')}
            >
              Download
            </button>
          </li>
        ))}
      </ul>
      <p role="status" className="menu-status">
        {status}
      </p>
    </>
  );
}
