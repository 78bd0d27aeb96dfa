import { createContext } from 'react';
import type { MessageId } from './i18n.ts';
import type { Translate } from './use-t.ts';

/**
 * Messages that name the letter ("Read the letter", "the letter says …"), each with a twin that
 * names "the document" (`document.<id>`), said for any dataset that is not the letter: a site
 * built with another dataset, or a dataset a link loads whose paragraphs are not the letter's.
 * The twins are a section of the catalogue of their own (`document`), loaded only for such a
 * dataset: the letter's first view does not carry them.
 */
const LETTER_WORDS = new Set<string>([
  'letter.close',
  'letter.heading',
  'letter.hint',
  'letter.open',
  'page.letterTitle',
  'page.timelineOf',
  'page.letterOgTitle',
  'panel.readInLetter',
  'prerender.homeDescription',
  'prerender.letterDescription',
  'prerender.previewHomeKicker',
  'prerender.undatedNote',
  'prerender.eventDescription',
  'prerender.eventImageAlt',
  'prerender.previewDateWording',
  'panel.dateWording',
  'shortcuts.escape',
  'cite.wholeLetter',
  'masthead.letterLanguage',
  'panel.quotesLanguage',
  'csv.kindBasisValue',
  'kind.basis',
  'about.rule.quote',
  'about.rule.stated',
  'about.unauditedNote',
]);

/** The message to say: the id itself for the letter, else its twin about "the document". */
export function documentWordId(id: MessageId, letter: boolean): MessageId {
  return letter || !LETTER_WORDS.has(id) ? id : (`document.${id}` as MessageId);
}

/** `t` in the words of the dataset shown: the letter's, or any other document's. */
export function forDocument(t: Translate, letter: boolean): Translate {
  return letter ? t : (id, values) => t(documentWordId(id, letter), values);
}

/** Whether the dataset shown is the letter (its words name "the letter"); true until told otherwise. */
export const LetterWordsContext = createContext(true);
