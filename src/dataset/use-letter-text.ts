import { useEffect, useState } from 'react';
import { isLetterText } from './letter-source.ts';
import type { PreparedDataset } from './prepare-dataset.ts';

/**
 * Whether the dataset's paragraphs are the letter's, word for word: true at once for the site's
 * own dataset (the build proves it), otherwise false until a digest of its paragraphs, taken
 * after the first view, matches. Only a dataset that names a source file is compared.
 */
export function useLetterText(dataset: PreparedDataset, own: boolean): boolean {
  const [proved, setProved] = useState<PreparedDataset | undefined>(undefined);
  const claims = dataset.document.source !== undefined;
  useEffect(() => {
    if (own || !claims) return;
    let live = true;
    void isLetterText(dataset.document.paragraphs.map((p) => p.text)).then((same) => {
      if (live && same) setProved(dataset);
    });
    return () => {
      live = false;
    };
  }, [dataset, own, claims]);
  return own || proved === dataset;
}
