import { labelIn } from './dataset-labels.ts';
import type { PreparedDataset } from './prepare-dataset.ts';
import { searchTerms } from './search/search-text.ts';

/** A label with other words to search for in one language, and the name it is shown by there. */
export interface MentionedLabel {
  /** The label's first word as shown, a cheap first test before the text's words are read. */
  first: string;
  /** The label's name as search compares it, word by word. */
  terms: readonly string[];
  /** Its other words (`searchAlso`): an abbreviation's full form, another spelling. */
  also: readonly string[];
}

/** The labels that give a reader of `language` other words to search for (`searchAlso`). */
export function labelsWithOtherWords(dataset: PreparedDataset, language: string): MentionedLabel[] {
  const labels: MentionedLabel[] = [];
  for (const [value, entry] of Object.entries(dataset.labels ?? {})) {
    const also = entry.searchAlso?.[language];
    if (also === undefined || also.length === 0) continue;
    const shown = labelIn(dataset.labels, value, language, dataset.document.language).text;
    const terms = searchTerms(shown);
    const first = shown.trim().split(/\s+/u)[0] ?? '';
    if (terms.length > 0 && first !== '') labels.push({ first, terms, also });
  }
  return labels;
}

/** Whether `terms` holds `label`'s words, one after another. */
function holds(terms: readonly string[], label: readonly string[]): boolean {
  for (let i = 0; i + label.length <= terms.length; i += 1)
    if (label.every((term, j) => terms[i + j] === term)) return true;
  return false;
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
  const words: string[] = [];
  for (const label of labels) {
    const mentioned = texts.some(
      (text) =>
        text !== undefined && text.includes(label.first) && holds(searchTerms(text), label.terms),
    );
    if (mentioned) words.push(...label.also);
  }
  return words;
}
