import { useMemo } from 'react';
import { DEFAULT_DATASET } from '../dataset/load/dataset-query-key.ts';
import { siteHoldsLetter } from '../dataset/site-dataset.ts';
import { LETTER_SOURCE } from '../dataset/letter-source.ts';
import type { PreparedDataset, PreparedEvent } from '../dataset/prepare-dataset.ts';
import type { SourceFileLink } from './DownloadMenu.tsx';
import type { ExportFilter, ExportSelection } from './export-selection.ts';
import { datasetShortName } from './file-names.ts';
import { sourceFileHref, sourceFileName } from './source-file.ts';
import { siteUrl } from '../url-state/page-location.ts';
import { inLanguage, isPageLanguage, pagePath, shareLink } from '../url-state/page-path.ts';
import { serializeUrlState, type UrlState } from '../url-state/url-state.ts';
import { FACET_IDS } from '../facets/facets.ts';

/** A language with pages of its own (`ru`), or undefined for the default one. */
const pageLanguage = (lang: string | undefined) => (isPageLanguage(lang) ? lang : undefined);

/** The filter as the reader would say it, and as link parameters that open the same view. */
function describeFilter(state: UrlState): ExportFilter {
  const parts: string[] = [];
  if (state.q) parts.push(`search: "${state.q}"`);
  for (const key of FACET_IDS) {
    const values = state[key];
    if (values && values.length > 0) parts.push(`${key}: ${values.join(', ')}`);
  }
  const facets = Object.fromEntries(FACET_IDS.map((f) => [f, state[f]]));
  const query = serializeUrlState({ q: state.q, ...facets });
  return { description: parts.join('; '), query: query.replace(/^\?/, '') };
}

/** What the Download menu and the citation formats need to know about the dataset on screen. */
export function useExportContext(
  dataset: PreparedDataset,
  state: UrlState,
  /** The events shown, or how to find them when an export asks (not on every keystroke). */
  shown: {
    events: readonly PreparedEvent[] | (() => readonly PreparedEvent[]);
    filtering: boolean;
  },
  /** The relative way from this page back to the site's folder (`../../` on an event's page). */
  prefix = '',
  /** Whether another dataset's paragraphs were found to be the letter's, word for word. */
  letterText = false,
) {
  const path = state.data ?? DEFAULT_DATASET;
  const own = path === DEFAULT_DATASET;
  // Another dataset's source file and checksum are its own claim: only the letter's file, which
  // this site publishes, is offered, and only for paragraphs that are the letter's.
  // A site built with another dataset publishes no source file (scripts/vite-data-plugin.ts).
  const source = !siteHoldsLetter()
    ? undefined
    : own
      ? dataset.document.source
      : letterText && dataset.document.source
        ? LETTER_SOURCE
        : undefined;
  return useMemo(() => {
    // Beside the letter's dataset, addressed from this page: an event's page is two folders down.
    const href = source ? sourceFileHref(`${prefix}${DEFAULT_DATASET}`, source.file) : null;
    const sourceFile: SourceFileLink | undefined =
      source && href !== null
        ? { href, name: sourceFileName(source.file), sha256: source.sha256 }
        : undefined;
    // What the reader is looking at: with a search or filters, only the matching events, and
    // the filter they were chosen by (every export and its file name follow).
    const events = shown.events;
    const selection: ExportSelection = shown.filtering
      ? {
          get events() {
            return typeof events === 'function' ? events() : events;
          },
          filter: describeFilter(state),
        }
      : { events: dataset.events, filter: undefined };
    return {
      shortName: datasetShortName(path, source?.file),
      // The copy the quotes are from, as the event's plain citation names it.
      copy: source && { file: source.file, sha256: source.sha256 },
      selection,
      sourceFile,
      // The letter's events have pages of their own, in the reader's language folder (as Cite
      // links them); another dataset's keep query links.
      eventLink: (id: string) =>
        shareLink(siteUrl(), { data: state.data, event: id, lang: state.lang }, undefined),
      // The whole letter is cited at its own page (`letter/`, in the reader's language folder),
      // as its structured data names it; another dataset, which has no pages, by its query.
      documentLink: () =>
        state.data === undefined
          ? `${siteUrl()}${pagePath(inLanguage({ kind: 'letter' }, pageLanguage(state.lang)))}`
          : shareLink(siteUrl(), { data: state.data }, undefined),
    };
  }, [dataset.events, path, prefix, source, state, shown.events, shown.filtering]);
}
