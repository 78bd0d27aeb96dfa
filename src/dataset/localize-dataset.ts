import { labelIn } from './dataset-labels.ts';
import { labelsWithOtherWords, mentionedWords } from './label-mentions.ts';
import type { PreparedDataset, PreparedEvent, PreparedKind } from './prepare-dataset.ts';

/** The words of a field in the reader's language when the dataset gives them, else the original, with their language. */
function pick(
  original: string,
  translated: string | undefined,
  language: string,
  documentLanguage: string | undefined,
): { text: string; lang: string | undefined } {
  return translated !== undefined && translated !== ''
    ? { text: translated, lang: language }
    : { text: original, lang: documentLanguage };
}

/** Adds the words a label is shown in, when they are not the label as written, and its other spellings. */
function pushShown(words: string[], labelWords: ReadonlyMap<string, string[]>, value: string) {
  const shown = labelWords.get(value);
  if (shown !== undefined) words.push(...shown);
}

/**
 * The dataset as a reader of `language` sees it: each event's title, label and summary, each kind's
 * label and description and the document's title from the dataset's `translations` where it
 * gives them, the original elsewhere; every such field says which language it is in
 * (`titleLang`, `summaryLang`, `labelLang`), so a screen reader reads it in that language.
 * Quotes, paragraphs, places and actors are the source's own words and never change.
 */
export function localizeDataset(dataset: PreparedDataset, language: string): PreparedDataset {
  const documentLanguage = dataset.document.language;
  const kindWords = new Map(
    dataset.kinds.flatMap((kind) => {
      const label = kind.translations?.[language]?.label;
      return label ? [[kind.id, label] as const] : [];
    }),
  );
  // The labels this language shows in other words, found once: a dataset without them (most)
  // does not look up each of its events' actors (two million at 20,000 events × 100).
  // Other spellings of a name (a transliteration the source does not use) find it too.
  const labelWords = new Map<string, string[]>();
  for (const value of Object.keys(dataset.labels ?? {})) {
    const shown = labelIn(dataset.labels, value, language, documentLanguage);
    const words = shown.text === value ? [] : [shown.text];
    words.push(...(dataset.labels?.[value]?.searchAlso?.[language] ?? []));
    if (words.length > 0) labelWords.set(value, words);
  }
  // The names the reader sees for the actors, place and kind, which search must find too.
  const searchWordsOf = (event: PreparedEvent): string[] => {
    const words: string[] = [];
    if (labelWords.size > 0) {
      if (event.place !== undefined) pushShown(words, labelWords, event.place);
      for (const value of event.actors) pushShown(words, labelWords, value);
    }
    const kind = kindWords.get(event.kind);
    if (kind !== undefined) words.push(kind);
    return words;
  };
  // Labels with other words to search for (`searchAlso`) are found wherever an event's title or
  // quotes, which search reads, name them too, such as an abbreviation no event lists («СМГ»).
  const mentioned = labelsWithOtherWords(dataset, language);
  let changed = false;
  const localizedEvents = dataset.events.map((event): PreparedEvent => {
    const words = event.translations?.[language];
    const searchWords = language === documentLanguage ? [] : searchWordsOf(event);
    if (mentioned.length > 0)
      searchWords.push(
        ...mentionedWords(
          [words?.title || event.title, ...event.sources.map((source) => source.quote)],
          mentioned,
        ),
      );
    if (
      words === undefined &&
      searchWords.length === 0 &&
      event.titleLang === documentLanguage &&
      (event.summary === undefined || event.summaryLang === documentLanguage)
    )
      return event;
    const title = pick(event.title, words?.title, language, documentLanguage);
    // The label follows the title's language: a translated title without a translated label
    // is drawn whole rather than beside a label in another language.
    const label =
      words?.label !== undefined && words.label !== ''
        ? words.label
        : title.text === event.title
          ? event.label
          : undefined;
    const summary =
      event.summary === undefined
        ? undefined
        : pick(event.summary, words?.summary, language, documentLanguage);
    const kindNote = words?.kindNote ? words.kindNote : event.kindNote;
    // An event the reader's language leaves as it is stays the same object: a large dataset
    // read in its own language is not copied event by event.
    if (
      searchWords.length === 0 &&
      kindNote === event.kindNote &&
      title.text === event.title &&
      title.lang === event.titleLang &&
      label === event.label &&
      (summary === undefined ||
        (summary.text === event.summary && summary.lang === event.summaryLang))
    )
      return event;
    changed = true;
    const localized: PreparedEvent = { ...event, title: title.text, titleLang: title.lang };
    if (label === undefined) delete localized.label;
    else localized.label = label;
    if (kindNote !== undefined) localized.kindNote = kindNote;
    if (searchWords.length > 0) localized.searchWords = searchWords;
    if (summary !== undefined) {
      localized.summary = summary.text;
      localized.summaryLang = summary.lang;
    }
    return localized;
  });
  const events = changed ? localizedEvents : dataset.events;
  const kinds = dataset.kinds.map((kind): PreparedKind => {
    const words = kind.translations?.[language];
    const label = pick(kind.label, words?.label, language, documentLanguage);
    const localized: PreparedKind = { ...kind, label: label.text, labelLang: label.lang };
    if (words?.description !== undefined && words.description !== '')
      localized.description = words.description;
    return localized;
  });
  return {
    ...dataset,
    kinds,
    kindById: new Map(kinds.map((k) => [k.id, k])),
    events,
    byId: changed ? new Map(events.map((e) => [e.id, e])) : dataset.byId,
  };
}

/** The document's title for a reader of `language`, with the language it is in. */
export function localizedTitle(
  dataset: PreparedDataset,
  language: string,
): { text: string; lang: string | undefined } {
  const doc = dataset.document;
  return pick(doc.title, doc.translations?.[language]?.title, language, doc.language);
}
