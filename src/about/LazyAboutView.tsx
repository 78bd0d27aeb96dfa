import { lazy, Suspense, type ComponentProps, type ComponentType } from 'react';
import type { AboutView as EagerAboutView } from './AboutView.tsx';

let loaded: typeof EagerAboutView | undefined;
let chosen: ComponentType<ComponentProps<typeof EagerAboutView>> | undefined;
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
  // Chosen once: switching from the lazy part to the loaded one would remount it (and lose focus).
  chosen ??= loaded ?? About;
  const Component = chosen;
  return (
    <Suspense fallback={null}>
      <Component {...props} />
    </Suspense>
  );
}
