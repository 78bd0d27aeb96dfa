import { labelIn } from '../dataset/dataset-labels.ts';
import type { PreparedDataset } from '../dataset/prepare-dataset.ts';
import type { Translate } from '../i18n/use-t.ts';
import { FACET_BY_ID, type Facet } from '../url-state/facets.ts';

export type ChoiceName = { text: string; lang: string | undefined };

/**
 * A filter choice's name as the reader sees it; links keep the value itself. A paragraph is
 * named as the panel names it ("Paragraph 5" counting the body, "Heading line"), never by its
 * id; an actor or a place by the dataset's label in the reader's language.
 */
export function facetChoiceName(
  dataset: PreparedDataset,
  language: string,
  t: Translate,
): (facet: Facet, value: string) => ChoiceName {
  const docLanguage = dataset.document.language;
  return (facet, value) => {
    if (facet === 'paragraph') {
      const part = dataset.paragraphPart.get(value);
      const number = dataset.paragraphNumber.get(value);
      if (part === undefined && number === undefined) return { text: value, lang: undefined };
      return {
        text: t('panel.paragraph', { part: part ?? 'body', number: number ?? 0 }),
        lang: undefined,
      };
    }
    if (FACET_BY_ID[facet].labelled) return labelIn(dataset.labels, value, language, docLanguage);
    return { text: value, lang: docLanguage };
  };
}
