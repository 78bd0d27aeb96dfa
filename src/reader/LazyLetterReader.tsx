import { lazyOnFirstUse } from '../ui/lazy-on-first-use.tsx';

const reader = lazyOnFirstUse(() => import('./LetterReader.tsx').then((m) => m.LetterReader));

/**
 * The letter reader, whose code (and its virtualized paragraphs) loads when a reader first opens
 * the letter; a prerendered letter page keeps its HTML until then.
 */
export const LetterReader = reader.Component;

/** Loads the reader's code now: the prerender does, so pages carry the reader in their HTML. */
export const preloadLetterReader = reader.preload;
