import { labelIn } from './dataset-labels.ts';
import type { PreparedDataset } from './prepare-dataset.ts';

/** A label's name as a reader of one language sees it, and its other words to search for. */
export type MentionedLabel = readonly [name: string, also: readonly string[]];

/** The labels that give a reader of `language` other words to search for (`searchAlso`). */
export function labelsWithOtherWords(dataset: PreparedDataset, language: string): MentionedLabel[] {
  return Object.entries(dataset.labels ?? {}).flatMap(([value, entry]) => {
    const also = entry.searchAlso?.[language] ?? [];
    const name = labelIn(dataset.labels, value, language, dataset.document.language).text;
    return also.length > 0 && name !== '' ? [[name, also] as const] : [];
  });
}

/**
 * The other words of every label whose name, as written, a text contains (an event's title in
 * the reader's language, its quotes): an abbreviation such as «СМГ» is found by its full form,
 * «Сводная мобильная группа», in every event that writes it, whether or not the event lists it.
 * A plain comparison, kept small for the first view, which prepares the dataset.
 */
export function mentionedWords(
  texts: readonly (string | undefined)[],
  labels: readonly MentionedLabel[],
): string[] {
  return labels.flatMap(([name, also]) => (texts.some((text) => text?.includes(name)) ? also : []));
}
