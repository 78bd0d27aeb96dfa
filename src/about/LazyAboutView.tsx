import { lazyOnFirstUse } from '../ui/lazy-on-first-use.tsx';

const about = lazyOnFirstUse(() => import('./AboutView.tsx').then((m) => m.AboutView));

/** "About this timeline", whose code loads when a reader first opens it. */
export const AboutView = about.Component;

/** Loads the view's code now: the prerender does, so a page never streams it in later. */
export const preloadAboutView = about.preload;
