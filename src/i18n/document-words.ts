import { createContext } from 'react';
import { i18n, type MessageId } from './i18n.ts';
import type { Translate } from './use-t.ts';

/**
 * The message to say: the id itself for the letter; for any other document, its twin that
 * names "the document" (`document.<id>`) where it has one. The twins are a section of the
 * catalogue of their own (`document`), loaded only for a dataset that is not the letter (a site
 * built with another dataset, or a link's dataset whose paragraphs are not the letter's), so
 * the letter's first view carries neither them nor a list of them.
 */
export function documentWordId(id: MessageId, letter: boolean): MessageId {
  if (letter) return id;
  const twin = `document.${id}` as MessageId;
  return i18n.messages[twin] === undefined ? id : twin;
}

/** `t` in the words of the dataset shown: the letter's, or any other document's. */
export function forDocument(t: Translate, letter: boolean): Translate {
  return letter ? t : (id, values) => t(documentWordId(id, letter), values);
}

/** Whether the dataset shown is the letter (its words name "the letter"); true until told otherwise. */
export const LetterWordsContext = createContext(true);
