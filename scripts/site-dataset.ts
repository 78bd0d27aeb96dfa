import { resolve } from 'node:path';

/** The letter's dataset, the site's own unless SITE_DATASET names another. */
export const LETTER_DATASET = resolve(import.meta.dirname, '..', 'data', 'events.json');

/**
 * The dataset a build makes the site's own: the letter's, or the file SITE_DATASET names. The
 * app is told which (`VITE_SITE_DATASET`, read by src/dataset/site-dataset.ts), so a site of
 * another dataset neither offers the letter's file nor calls its document "the letter".
 */
export function siteDataset(): { file: string; letter: boolean } {
  const named = process.env.SITE_DATASET;
  const file = resolve(named ?? LETTER_DATASET);
  const letter = file === LETTER_DATASET;
  // Vite hands the page's code every VITE_ variable of the environment, the build's and the
  // prerender's alike.
  process.env.VITE_SITE_DATASET = letter ? 'letter' : 'other';
  return { file, letter };
}
