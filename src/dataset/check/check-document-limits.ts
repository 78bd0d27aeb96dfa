import { checkLength, LIMITS } from './check-limits.ts';
import type { Dataset } from './schema.ts';

type Add = (path: string, message: string) => void;

/**
 * The sizes of the document's and the kinds' words: a title, names and descriptions a tab lays
 * out in a moment, and a kind's label short enough to name a lane without taking the timeline's
 * width.
 */
export function checkDocumentLimits(dataset: Dataset, add: Add): void {
  const { document } = dataset;
  const doc = () => 'document';
  checkLength(doc, '.title', document.title, LIMITS.documentTitleLength, add);
  for (const [lang, words] of Object.entries(document.translations ?? {}))
    checkLength(doc, `.translations.${lang}.title`, words.title, LIMITS.documentTitleLength, add);
  checkLength(doc, '.reference', document.reference, LIMITS.nameLength, add);
  checkLength(doc, '.timeZone', document.timeZone, LIMITS.nameLength, add);
  document.organisations.forEach((organisation, i) => {
    checkLength(doc, `.organisations[${i}].name`, organisation.name, LIMITS.nameLength, add);
    const signatory = organisation.signatory;
    checkLength(doc, `.organisations[${i}].signatory`, signatory, LIMITS.nameLength, add);
  });
  if (document.source) {
    checkLength(doc, '.source.file', document.source.file, LIMITS.nameLength, add);
    const description = document.source.description;
    checkLength(doc, '.source.description', description, LIMITS.descriptionLength, add);
  }
  (dataset.kinds ?? []).forEach((kind, i) => {
    const at = () => `kinds[${i}]`;
    checkLength(at, '.label', kind.label, LIMITS.kindLabelLength, add);
    checkLength(at, '.description', kind.description, LIMITS.descriptionLength, add);
    for (const [lang, words] of Object.entries(kind.translations ?? {})) {
      checkLength(at, `.translations.${lang}.label`, words.label, LIMITS.kindLabelLength, add);
      const description = words.description;
      checkLength(
        at,
        `.translations.${lang}.description`,
        description,
        LIMITS.descriptionLength,
        add,
      );
    }
  });
}
