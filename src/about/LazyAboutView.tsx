import { loadSection } from '../i18n/i18n.ts';
import { lazyOnFirstUse } from '../ui/lazy-on-first-use.tsx';

// The view's words are a section of the catalogue of their own, loaded with its code (and
// "Edit a copy", whose words are the `open` section's).
const about = lazyOnFirstUse(() =>
  Promise.all([import('./AboutView.tsx'), loadSection('about'), loadSection('open')]).then(
    ([m]) => m.AboutView,
  ),
);

/** "About this timeline", whose code loads when a reader first opens it. */
export const AboutView = about.Component;

/** Loads the view's code now: the prerender does, so a page never streams it in later. */
export const preloadAboutView = about.preload;
