/**
 * Whether this site was built with the letter's dataset as its own (the default), or with
 * another one (`SITE_DATASET`, see scripts/site-dataset.ts, which sets `VITE_SITE_DATASET` to
 * `other`). A site of another dataset publishes neither the letter's source file nor its audit,
 * and names its document "the document", not "the letter". Read when asked, so tests can set it.
 */
export const siteHoldsLetter = (): boolean =>
  (import.meta.env.VITE_SITE_DATASET as string | undefined) !== 'other';
