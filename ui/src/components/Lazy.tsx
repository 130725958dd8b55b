import { Paragraph } from '@utrecht/component-library-react';
import { type ComponentType, type LazyExoticComponent, type ReactNode, Suspense, lazy } from 'react';
import { useText } from '../i18n/useText';

/**
 * A component exported by name from a module that is loaded when it first renders: the
 * bundler puts that module (and what only it uses) in a chunk of its own, so the lock
 * screen does not load or parse it. Render it inside a `LazyBoundary`.
 */
export function lazyNamed<M extends Record<K, ComponentType<any>>, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<M[K]> {
  return lazy(() => load().then((module) => ({ default: module[name] })));
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
