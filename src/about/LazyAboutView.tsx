import { lazy, Suspense, type ComponentProps } from 'react';
import type { AboutView as EagerAboutView } from './AboutView.tsx';

let loaded: typeof EagerAboutView | undefined;
const load = () =>
  import('./AboutView.tsx').then((m) => {
    loaded = m.AboutView;
    return { default: m.AboutView };
  });
const About = lazy(load);

/** Loads the view's code now: the prerender does, so a page never streams it in later. */
export async function preloadAboutView(): Promise<void> {
  await load();
}

/** "About this timeline", whose code loads when a reader first opens it. */
export function AboutView(props: ComponentProps<typeof EagerAboutView>) {
  const Component = loaded ?? About;
  return (
    <Suspense fallback={null}>
      <Component {...props} />
    </Suspense>
  );
}
