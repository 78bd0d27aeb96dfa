/**
 * Everything that builds an export file, loaded on first use (a dynamic import) so that the
 * formats stay out of the page's first download.
 */
import type { PreparedDataset, PreparedEvent } from '../dataset/prepare-dataset.ts';
import { toBibtex } from './bibtex.ts';
import { citedWork, type DocumentCopy } from './cited-work.ts';
import { toCslJson } from './csl-json.ts';
import { toDatasetJson } from './dataset-json.ts';
import { eventsToCsv, type EventsCsvOptions } from './events-csv.ts';

export { COLUMN_HEADINGS } from './events-csv.ts';
import type { ExportSelection } from './export-selection.ts';
import { exportFileName } from './file-names.ts';
import { toPlainLetterCitation, type LetterCitationWords } from './letter-citation.ts';
import { toRis } from './ris.ts';

export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

export type CitationFormat = 'text' | 'bibtex' | 'ris' | 'csl-json';

const CITATION_FILES: Record<CitationFormat, { extension: string; type: string }> = {
  text: { extension: 'txt', type: 'text/plain;charset=utf-8' },
  bibtex: { extension: 'bib', type: 'application/x-bibtex;charset=utf-8' },
  ris: { extension: 'ris', type: 'application/x-research-info-systems;charset=utf-8' },
  'csl-json': { extension: 'json', type: 'application/vnd.citationstyles.csl+json;charset=utf-8' },
};

export interface CitationRequest {
  dataset: PreparedDataset;
  shortName: string;
  /** The open event, or undefined for the whole document. */
  event: PreparedEvent | undefined;
  link: string;
  /** The plain-text citation of the event, as "Cite" copies it. */
  plainEventText: (link: string) => string;
  /** The address of a dataset a link loaded (not the site's own). */
  origin?: string | undefined;
  /** The copy of the document the quotes are from, named in every format. */
  copy?: DocumentCopy | undefined;
  /** The plain-text citation of the whole document's words in the reader's language. */
  letterWords?: LetterCitationWords | undefined;
}

/** A citation in one format, as a file: `<short name>-<event id>.bib`, or `<short name>.bib` for the document. */
export function citationFile(format: CitationFormat, request: CitationRequest): ExportFile {
  const { dataset, shortName, event, link } = request;
  const work = citedWork(dataset, shortName, link, event, request.origin, request.copy);
  const text =
    format === 'bibtex'
      ? toBibtex(work)
      : format === 'ris'
        ? toRis(work)
        : format === 'csl-json'
          ? toCslJson(work)
          : event
            ? `${request.plainEventText(link)}\n`
            : toPlainLetterCitation(work, request.letterWords);
  const { extension, type } = CITATION_FILES[format];
  return { name: `${event ? `${shortName}-${event.id}` : shortName}.${extension}`, type, text };
}

export interface DataExportRequest {
  dataset: PreparedDataset;
  shortName: string;
  selection: ExportSelection;
  kindLabel: (kind: string) => string;
  eventLink: (id: string) => string;
  /** The CSV's words in the reader's language: headings, dates, titles and summaries. */
  csvWords?: Pick<
    EventsCsvOptions,
    'heading' | 'dateText' | 'dateQuality' | 'localize' | 'label' | 'lineName' | 'kindBasis'
  >;
  /** The link of the view the export is made from. */
  link: string;
  exportedAt: string;
}

/** The events chosen, one row each: `<short name>-events.csv` (`-events-filtered.csv`). */
export function eventsCsvFile(request: DataExportRequest): ExportFile {
  const filtered = request.selection.filter !== undefined;
  return {
    name: exportFileName(request.shortName, 'events', 'csv', filtered),
    type: 'text/csv;charset=utf-8',
    text: eventsToCsv(request.dataset, request.selection.events, {
      kindLabel: request.kindLabel,
      eventLink: request.eventLink,
      ...request.csvWords,
    }),
  };
}

/** A dataset of the whole document and the events chosen: `<short name>-dataset.json`. */
export function datasetJsonFile(request: DataExportRequest): ExportFile {
  const filtered = request.selection.filter !== undefined;
  return {
    name: exportFileName(request.shortName, 'dataset', 'json', filtered),
    type: 'application/json;charset=utf-8',
    text: toDatasetJson(request.dataset, request.selection, {
      exportedAt: request.exportedAt,
      link: request.link,
    }),
  };
}
