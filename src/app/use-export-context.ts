import { useMemo } from 'react';
import { DEFAULT_DATASET } from '../dataset/dataset-query-key.ts';
import type { PreparedDataset } from '../dataset/prepare-dataset.ts';
import type { SourceFileLink } from '../export/DownloadMenu.tsx';
import type { ExportSelection } from '../export/export-selection.ts';
import { datasetShortName } from '../export/file-names.ts';
import { sourceFileHref, sourceFileName } from '../export/source-file.ts';
import { serializeUrlState, type UrlState } from '../url-state/url-state.ts';

const absolute = (query: string) => `${window.location.origin}${window.location.pathname}${query}`;

/** What the Download menu and the citation formats need to know about the dataset on screen. */
export function useExportContext(dataset: PreparedDataset, state: UrlState) {
  const path = state.data ?? DEFAULT_DATASET;
  const source = dataset.document.source;
  return useMemo(() => {
    const href = source ? sourceFileHref(path, source.file) : null;
    const sourceFile: SourceFileLink | undefined =
      source && href !== null
        ? { href, name: sourceFileName(source.file), sha256: source.sha256 }
        : undefined;
    // What the reader is looking at: every event today. When search and filters are in the
    // URL, pass the matching events and a description of the filter here; every export and
    // its file name follow.
    const selection: ExportSelection = { events: dataset.events, filter: undefined };
    return {
      shortName: datasetShortName(path, source?.file),
      selection,
      sourceFile,
      eventLink: (id: string) => absolute(serializeUrlState({ data: state.data, event: id })),
      documentLink: () => absolute(serializeUrlState({ data: state.data })),
    };
  }, [dataset.events, path, source, state.data]);
}
