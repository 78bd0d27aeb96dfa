import type { QuoteSelector } from '../../dataset/quote-selector.ts';

/**
 * The parts of a draft's dataset the editor reads and writes. A draft holds the raw dataset
 * JSON (docs/data-format.md) with every field it has, known or not: the editor changes only
 * what the author changes and keeps the rest as it is.
 */
export interface DraftParagraph {
  id: string;
  text: string;
  numbered?: boolean;
}

export interface DraftSource extends QuoteSelector {
  paragraph: string;
}

export interface DraftEvent {
  id: string;
  title: string;
  label?: string;
  edtf: string;
  start: string;
  end?: string;
  precision: string;
  certainty: string;
  ongoing?: boolean;
  dateWording?: string;
  kind: string;
  kindBasis?: string;
  kindNote?: string;
  actors?: string[];
  place?: string;
  summary?: string;
  sources: DraftSource[];
  [field: string]: unknown;
}

export interface DraftKind {
  id: string;
  label: string;
  color: string;
  [field: string]: unknown;
}

export interface DraftDocument {
  title: string;
  date: string;
  language?: string;
  timeZone: string;
  organisations?: { name: string; signatory?: string }[];
  source?: { file?: string; sha256?: string; description?: string; [field: string]: unknown };
  paragraphs: DraftParagraph[];
  [field: string]: unknown;
}

export interface DraftDataset {
  document: DraftDocument;
  events: DraftEvent[];
  kinds?: DraftKind[];
  [field: string]: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The draft's dataset as the editor reads it, or undefined when it has no document with
 * paragraphs and no list of events to add to (a file that is no dataset at all).
 */
export function asDraftDataset(value: unknown): DraftDataset | undefined {
  if (!isObject(value) || !isObject(value.document) || !Array.isArray(value.events)) return;
  if (!Array.isArray(value.document.paragraphs)) return;
  return value as unknown as DraftDataset;
}
