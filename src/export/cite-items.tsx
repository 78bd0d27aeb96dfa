/** The contents of the citation formats; the files are built by code loaded on first use. */
import { useState } from 'react';
import type { MessageId } from '../i18n/i18n.ts';
import { useDateWords } from '../i18n/use-date-words.ts';
import { useT } from '../i18n/use-t.ts';
import { copyText } from '../ui/copy-text.ts';
import { saveFile } from '../ui/save-file.ts';
import type { CitationFormat } from './export-files.ts';
import { loadFiles } from './load-files.ts';
import type { CiteFormatsProps } from './menu-props.ts';
import './export-panels.css';

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
      origin: props.origin,
      copy: props.copy,
      letterWords: {
        civilDate: dates.civil,
        languageNote: t('citation.sourceLanguage', { language: dataset.document.language ?? '' }),
        copyLine: props.copy && t('citation.copy', { ...props.copy }),
        originLine:
          props.origin === undefined ? undefined : t('citation.dataset', { url: props.origin }),
      },
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
                {t('cite.download')}
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
