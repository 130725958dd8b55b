import { Paragraph } from '@utrecht/component-library-react';
import { type ComponentProps, type ComponentType, type ReactNode, Suspense, createElement } from 'react';
import { useText } from '../i18n/useText';

/** A component from a chunk loaded on first render, that can also be loaded ahead. */
export type LazyComponent<C extends ComponentType<any>> = ComponentType<ComponentProps<C>> & {
  /** Loads the chunk now; once it resolves the component renders without suspending. */
  preload: () => Promise<void>;
};

/**
 * A component exported by name from a module that is loaded when it first renders (or when
 * `preload` is called): the bundler puts that module (and what only it uses) in a chunk of
 * its own, so the lock screen does not load or parse it. Render it inside a `LazyBoundary`.
 *
 * Not React's `lazy`: that always suspends on its first render, even when the chunk is
 * already there, and only a transition hides the fallback. Preact (which runs the app, see
 * vite.config.ts) has no transitions, so App waits for `preload` instead and the lock screen
 * goes straight to the caseload, without a loading text in between.
 */
export function lazyNamed<M extends Record<K, ComponentType<any>>, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
): LazyComponent<M[K]> {
  let loaded: M[K] | null = null;
  let failed: { error: unknown } | null = null;
  let pending: Promise<void> | null = null;
  const preload = () => {
    pending ??= load().then(
      (module) => {
        loaded = module[name];
      },
      (error: unknown) => {
        failed = { error };
      },
    );
    return pending;
  };
  function Lazy(props: ComponentProps<M[K]>) {
    if (loaded) return createElement(loaded, props);
    if (failed) throw failed.error;
    // Suspense shows its fallback until the promise settles, then renders this again.
    throw preload();
  }
  return Object.assign(Lazy, { preload });
}

/** Shown while a screen's chunk loads: a polite status message, read out by screen readers. */
export function ScreenLoading() {
  const { t } = useText();
  return (
    <Paragraph role="status" data-testid="screen-loading">
      {t('screen-loading')}
    </Paragraph>
  );
}

/** Shows `ScreenLoading` in place of `children` until their lazy chunks have loaded. */
export function LazyBoundary({ children }: { children: ReactNode }) {
  return <Suspense fallback={<ScreenLoading />}>{children}</Suspense>;
}
