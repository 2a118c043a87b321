import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';

export interface LazyScreen<P extends object> {
  /** The route component: renders the screen, or `fallback` while its chunk loads. */
  readonly Screen: ComponentType<P>;
  /** Starts loading the chunk (once); resolves when the screen can render without suspending. */
  readonly preload: () => Promise<void>;
}

/**
 * A screen in a chunk of its own, so the library's first paint does not wait for code it does not
 * show. Unlike a bare React.lazy, a screen already loaded (main.tsx preloads the one the start URL
 * names, before the first render) renders at once with no fallback frame, so the app-ready signal
 * still means "the screen is there". Each mount keeps the component it started with: switching from
 * the lazy wrapper to the loaded screen mid-life would remount it and lose what is being typed.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>, fallback: ReactNode): LazyScreen<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const start = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = null; // a failed chunk load may be retried by the next navigation
        throw error;
      },
    ));
  const Lazy = lazy(async () => ({ default: await start() }));

  function Screen(props: P) {
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return (
      <Suspense fallback={fallback}>
        <Component {...props} />
      </Suspense>
    );
  }
  return { Screen, preload: () => start().then(() => undefined) };
}
