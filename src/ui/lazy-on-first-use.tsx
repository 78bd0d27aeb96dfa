import { lazy, Suspense, type ComponentType } from 'react';

/**
 * A component whose code loads when it is first rendered (or when `preload` is called: the
 * prerender does, so pages carry its HTML). Once rendered, it keeps the same component type:
 * switching from the lazy part to the loaded one would remount it, and lose focus.
 */
export function lazyOnFirstUse<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  let chosen: ComponentType<P> | undefined;
  const loadOnce = () =>
    load().then((component) => {
      loaded = component;
      return { default: component };
    });
  const Lazy = lazy(loadOnce);

  function OnFirstUse(props: P) {
    chosen ??= loaded ?? Lazy;
    const Component = chosen;
    return (
      <Suspense fallback={null}>
        <Component {...props} />
      </Suspense>
    );
  }

  return {
    Component: OnFirstUse,
    preload: async (): Promise<void> => {
      await loadOnce();
    },
  };
}
