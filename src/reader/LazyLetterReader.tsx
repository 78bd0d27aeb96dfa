import { lazy, Suspense, type ComponentProps } from 'react';
import type { LetterReader as EagerLetterReader } from './LetterReader.tsx';

const Reader = lazy(() => import('./LetterReader.tsx').then((m) => ({ default: m.LetterReader })));

/**
 * The letter reader, whose code (and its virtualized paragraphs) loads when a reader first opens
 * the letter; a prerendered letter page keeps its HTML until then.
 */
export function LetterReader(props: ComponentProps<typeof EagerLetterReader>) {
  return (
    <Suspense fallback={null}>
      <Reader {...props} />
    </Suspense>
  );
}
