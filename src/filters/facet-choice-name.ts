import { labelIn } from '../dataset/dataset-labels.ts';
import type { PreparedDataset } from '../dataset/prepare-dataset.ts';
import type { Translate } from '../i18n/use-t.ts';
import { FACET_BY_ID, type Facet } from '../facets/facets.ts';

export type ChoiceName = {
  text: string;
  lang: string | undefined;
  /** Where the choice sits in the source (a paragraph), which orders it before any name does. */
  position?: number | undefined;
};

/**
 * A filter choice's name as the reader sees it; links keep the value itself. A paragraph is
 * named as the panel names it ("Paragraph 5" counting the body, "Heading line 2"), never by its
 * id; an actor or a place by the dataset's label in the reader's language.
 */
export function facetChoiceName(
  dataset: PreparedDataset,
  language: string,
  t: Translate,
): (facet: Facet, value: string) => ChoiceName {
  const docLanguage = dataset.document.language;
  // Several heading lines would be choices of one name: they are told apart by their order
  // ("Heading line 1", «Заголовок, строка 1»), so the one bracket on a choice is its count of
  // events (in Russian with its noun, «(5 событий)», so it never reads as a second number).
  const lines = new Map<string, string[]>();
  for (const p of dataset.document.paragraphs) {
    const part = dataset.paragraphPart.get(p.id);
    if (part) lines.set(part, [...(lines.get(part) ?? []), p.id]);
  }
  return (facet, value) => {
    if (facet === 'paragraph') {
      const part = dataset.paragraphPart.get(value);
      const number = dataset.paragraphNumber.get(value);
      if (part === undefined && number === undefined) return { text: value, lang: undefined };
      const same = part ? (lines.get(part) ?? []) : [];
      const nth = same.length > 1 ? String(same.indexOf(value) + 1) : 'none';
      return {
        text: t('filters.paragraphChoice', { part: part ?? 'body', number: number ?? 0, nth }),
        lang: undefined,
        position: dataset.paragraphPosition.get(value),
      };
    }
    if (FACET_BY_ID[facet].labelled) return labelIn(dataset.labels, value, language, docLanguage);
    return { text: value, lang: docLanguage };
  };
}
