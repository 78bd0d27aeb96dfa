import type { ReactNode } from 'react';
import { siteHoldsLetter } from '../dataset/site-dataset.ts';
import { useLetterText } from '../dataset/use-letter-text.ts';
import type { PreparedDataset } from '../dataset/prepare-dataset.ts';
import { LetterWordsContext } from '../i18n/document-words.ts';

/**
 * The words of what is shown: "the letter" for the letter's dataset (this site's own, when it
 * was built with it, or one whose paragraphs are the letter's, word for word), "the document"
 * for any other, in both languages.
 */
export function DocumentWords({
  dataset,
  own,
  children,
}: {
  dataset: PreparedDataset;
  /** Whether this is the site's own dataset (no `?data=`, or the site's own address). */
  own: boolean;
  children: ReactNode;
}) {
  const letter = useLetterText(dataset, own && siteHoldsLetter());
  return <LetterWordsContext value={letter}>{children}</LetterWordsContext>;
}
