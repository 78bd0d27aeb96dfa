import { lazy, Suspense, type ComponentProps } from 'react';
import type { AboutView as EagerAboutView } from './AboutView.tsx';

const About = lazy(() => import('./AboutView.tsx').then((m) => ({ default: m.AboutView })));

/** "About this timeline", whose code loads when a reader first opens it. */
export function AboutView(props: ComponentProps<typeof EagerAboutView>) {
  return (
    <Suspense fallback={null}>
      <About {...props} />
    </Suspense>
  );
}
