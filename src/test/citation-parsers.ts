import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';

/** Reads RIS or CSL-JSON text with Citation.js, as a reference manager would, into CSL items. */
export async function readCitations(text: string): Promise<Record<string, unknown>[]> {
  const cite = await Cite.async(text);
  return cite.data.map((item) => {
    const copy = { ...item };
    delete copy._graph;
    return copy;
  });
}

/** A bibliography entry rendered by citeproc-js (through Citation.js) in APA style. */
export async function renderBibliography(text: string): Promise<string> {
  const cite = await Cite.async(text);
  return cite.format('bibliography', { template: 'apa', lang: 'en-US', format: 'text' });
}
