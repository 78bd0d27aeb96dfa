import {
  prepareDataset,
  type PreparedDataset,
  type PreparedEvent,
} from '../dataset/prepare-dataset.ts';
import type { Dataset, TimelineEvent } from '../dataset/check/schema.ts';
import { makeDataset, makeEvent } from './datasets.ts';
import { readLetterDataset } from './letter.ts';

/** Shared by the export tests: the letter, and a one-event dataset with any text in it. */
export const letter: PreparedDataset = prepareDataset(readLetterDataset());
export const LETTER_EVENTS = letter.events.map((e) => e.id);
export const LINK =
  'https://app.test/?event=jmg-office-arson&start=2014-12-11&end=2014-12-16T12:00';

export function eventOf(dataset: PreparedDataset, id: string): PreparedEvent {
  const event = dataset.byId.get(id);
  if (!event) throw new Error(`no event ${id}`);
  return event;
}

/** A dataset of one event whose title, quote (and its paragraph), organisation and reference are the given text. */
export function datasetWithText(text: {
  title?: string;
  quote?: string;
  docTitle?: string;
  organisation?: string;
  reference?: string;
  event?: Partial<TimelineEvent>;
}): { dataset: PreparedDataset; event: PreparedEvent } {
  const quote = text.quote ?? 'In the evening the office burned.';
  const base = makeDataset([
    makeEvent({
      title: text.title ?? 'The office burned',
      sources: [{ paragraph: 'p2', quote }],
      ...text.event,
    }),
  ]);
  const document: Dataset['document'] = {
    ...base.document,
    title: text.docTitle ?? base.document.title,
    reference: text.reference ?? base.document.reference,
    organisations:
      text.organisation === undefined ? base.document.organisations : [{ name: text.organisation }],
    paragraphs: base.document.paragraphs.map((p) =>
      p.id === 'p2' ? { ...p, text: `Before. ${quote} After.` } : p,
    ),
  };
  const dataset = prepareDataset({ ...base, document });
  return { dataset, event: eventOf(dataset, 'office-fire') };
}
