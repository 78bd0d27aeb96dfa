import { loadSection } from '../i18n/i18n.ts';
import { lazyOnFirstUse } from '../ui/lazy-on-first-use.tsx';

// Only a dataset file opened in this browser has the note: its code and words (the
// catalogue's `open` section) load when first shown, outside the first view.
const note = lazyOnFirstUse(() =>
  Promise.all([import('./LocalFileNote.tsx'), loadSection('open')]).then(([m]) => m.LocalFileNote),
);

/** The note under the masthead of a dataset file opened in this browser. */
export const LocalFileNote = note.Component;
