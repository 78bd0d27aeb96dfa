import type { Dataset } from './check/schema.ts';

/** The dataset's dictionary of its own labels (actors and places), by the label as written. */
export type DatasetLabels = NonNullable<Dataset['labels']>;

/** The dictionary's own entry for a label: never one of an object's built-in names (`constructor`). */
function ownLabel(labels: DatasetLabels | undefined, value: string) {
  return labels !== undefined && Object.hasOwn(labels, value) ? labels[value] : undefined;
}

/**
 * An actor's or a place's label for a reader of `language`: its translation from the dataset's
 * one dictionary (`labels`) where it gives one, else the label as written, with its language.
 * The labels are the dataset's words, not the source's: a proper name marked so (an
 * organisation's name kept in its own script) stays as written in every language.
 */
export function labelIn(
  labels: DatasetLabels | undefined,
  value: string,
  language: string,
  documentLanguage: string | undefined,
): { text: string; lang: string | undefined } {
  const translated = ownLabel(labels, value)?.translations?.[language];
  return translated
    ? { text: translated, lang: language }
    : { text: value, lang: documentLanguage };
}

/** The languages a dataset is translated into: those its titles, kinds or document name. */
export function translatedLanguages(dataset: Dataset): Set<string> {
  const languages = new Set<string>(Object.keys(dataset.document.translations ?? {}));
  for (const kind of dataset.kinds ?? []) {
    for (const lang of Object.keys(kind.translations ?? {})) languages.add(lang);
  }
  for (const event of dataset.events) {
    for (const lang of Object.keys(event.translations ?? {})) languages.add(lang);
  }
  languages.delete(dataset.document.language ?? '');
  return languages;
}

/**
 * Every actor and place label a reader of another language sees must be translated in
 * `labels`, or marked there as a proper name that stays as written.
 */
export function checkLabels(dataset: Dataset): { path: string; message: string }[] {
  const languages = [...translatedLanguages(dataset)];
  if (languages.length === 0) return [];
  const labels = dataset.labels ?? {};
  const problems: { path: string; message: string }[] = [];
  const check = (value: string, path: string) => {
    // `__proto__` is refused as a name on its own (check-text.ts): no label could ever hold it.
    if (value === '__proto__') return;
    const entry = ownLabel(labels, value);
    if (entry?.properName) return;
    const missing = languages.filter((lang) => !entry?.translations?.[lang]);
    if (missing.length > 0) {
      problems.push({
        path,
        message: `"${value}" has no ${missing.join(', ')} translation in "labels": add one, or mark it "properName": true`,
      });
    }
  };
  dataset.events.forEach((event, i) => {
    if (event.place) check(event.place, `events[${i}].place`);
    event.actors.forEach((actor, j) => check(actor, `events[${i}].actors[${j}]`));
  });
  return problems;
}
