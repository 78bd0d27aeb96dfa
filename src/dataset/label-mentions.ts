import { labelIn } from './dataset-labels.ts';
import type { PreparedDataset } from './prepare-dataset.ts';

/** A label with other words to search for in one language, and how a text names it there. */
export interface MentionedLabel {
  /** The label's name as shown, as whole words, in any case, across any white space. */
  pattern: RegExp;
  /** Its other words (`searchAlso`): an abbreviation's full form, another spelling. */
  also: readonly string[];
}

/** A name as a pattern of whole words: «СМГ» is not found inside «СМГУ». */
export function wholeWords(name: string): RegExp {
  const words = name
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/gu, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])${words}(?![\\p{L}\\p{N}\\p{M}])`, 'iu');
}

/** The labels that give a reader of `language` other words to search for (`searchAlso`). */
export function labelsWithOtherWords(dataset: PreparedDataset, language: string): MentionedLabel[] {
  return Object.entries(dataset.labels ?? {}).flatMap(([value, entry]) => {
    const also = entry.searchAlso?.[language] ?? [];
    const shown = labelIn(dataset.labels, value, language, dataset.document.language).text;
    return also.length > 0 && shown.trim() !== '' ? [{ pattern: wholeWords(shown), also }] : [];
  });
}

/**
 * The other words of every label whose name a text mentions as words (its title in the reader's
 * language, its quotes): an abbreviation such as «СМГ» is found by its full form, «Сводная
 * мобильная группа», in every event that writes it, whether or not the event lists it.
 */
export function mentionedWords(
  texts: readonly (string | undefined)[],
  labels: readonly MentionedLabel[],
): string[] {
  return labels.flatMap((label) =>
    texts.some((text) => text !== undefined && label.pattern.test(text)) ? label.also : [],
  );
}
