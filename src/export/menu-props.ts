/** What the Download menu and the citation formats are given, shared with the items they show. */
import type { PreparedDataset, PreparedEvent } from '../dataset/prepare-dataset.ts';
import type { SourceFileLink } from '../dataset/source-file-link.ts';
import type { ExportSelection } from './export-selection.ts';

/** The document's source file as the dataset records it, ready to link. */
export type { SourceFileLink };

export interface DownloadMenuProps {
  dataset: PreparedDataset;
  shortName: string;
  /** The events the reader is looking at, and the filter that chose them. */
  selection: ExportSelection;
  eventLink: (id: string) => string;
  /** The link of the current view. */
  viewLink: () => string;
  sourceFile: SourceFileLink | undefined;
}

export interface CiteFormatsProps {
  dataset: PreparedDataset;
  event: PreparedEvent;
  shortName: string;
  /** The link of the event's view. */
  eventLink: () => string;
  /** The link of the whole document. */
  documentLink: () => string;
  /** The plain-text citation of the event, as "Cite" copies it. */
  plainEventText: (link: string) => string;
  /** The address of a dataset a link loaded (not the site's own), which every format names. */
  origin?: string | undefined;
  /** The copy of the document the quotes are from (its file and SHA-256), which every format names. */
  copy?: { file: string; sha256: string } | undefined;
}
