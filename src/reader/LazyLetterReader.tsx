import { lazy, Suspense, type ComponentProps, type ComponentType } from 'react';
import type { LetterReader as EagerLetterReader } from './LetterReader.tsx';

let loaded: typeof EagerLetterReader | undefined;
let chosen: ComponentType<ComponentProps<typeof EagerLetterReader>> | undefined;
const load = () =>
  import('./LetterReader.tsx').then((m) => {
    loaded = m.LetterReader;
    return { default: m.LetterReader };
  });
const Reader = lazy(load);

/** Loads the reader's code now: the prerender does, so pages carry the reader in their HTML. */
export async function preloadLetterReader(): Promise<void> {
  await load();
}

/**
 * The letter reader, whose code (and its virtualized paragraphs) loads when a reader first opens
 * the letter; a prerendered letter page keeps its HTML until then.
 */
export function LetterReader(props: ComponentProps<typeof EagerLetterReader>) {
  // Chosen once: switching from the lazy part to the loaded one would remount it (and lose focus).
  chosen ??= loaded ?? Reader;
  const Component = chosen;
  return (
    <Suspense fallback={null}>
      <Component {...props} />
    </Suspense>
  );
}
