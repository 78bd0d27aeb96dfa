import { useEffect, useState, type ReactNode } from 'react';
import { siteHoldsLetter } from '../dataset/site-dataset.ts';
import { useLetterText } from '../dataset/use-letter-text.ts';
import type { PreparedDataset } from '../dataset/prepare-dataset.ts';
import { LetterWordsContext } from '../i18n/document-words.ts';
import { i18n, loadSection } from '../i18n/i18n.ts';

/** Whether the words about "the document" are at hand (their section of the catalogue loaded). */
const twinsAtHand = () => i18n.messages['document.letter.open'] !== undefined;

/**
 * The words of what is shown: "the letter" for the letter's dataset (this site's own, when it
 * was built with it, or one whose paragraphs are the letter's, word for word), "the document"
 * for any other, in both languages. Their section of the catalogue loads with such a dataset
 * (DatasetView asks for it as the dataset is asked for); meanwhile nothing is shown.
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
  const [twins, setTwins] = useState<'ready' | 'failed' | undefined>(() =>
    twinsAtHand() ? 'ready' : undefined,
  );
  useEffect(() => {
    if (letter || twins !== undefined) return;
    let live = true;
    loadSection('document').then(
      () => live && setTwins('ready'),
      // Without its words the document is called the letter rather than by message ids.
      () => live && setTwins('failed'),
    );
    return () => {
      live = false;
    };
  }, [letter, twins]);
  if (!letter && twins === undefined) return null;
  return <LetterWordsContext value={letter || twins === 'failed'}>{children}</LetterWordsContext>;
}
