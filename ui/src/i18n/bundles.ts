// Fluent bundles from ../locales/<locale>/*.ftl (the same files werkpadctl and the PDFs
// use). Bidi isolation marks are off: the UI is left-to-right only and the marks would
// end up in copied text.

import { FluentBundle, FluentResource } from '@fluent/bundle';
import type { Locale } from '../api/types';

export const LOCALES: Locale[] = ['nl-NL', 'en-US'];
export const DEFAULT_LOCALE: Locale = 'nl-NL';

const sources = import.meta.glob<string>('@locales/*/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Every .ftl text per locale, keyed by the folder name. */
function sourcesFor(locale: Locale): string[] {
  return Object.entries(sources)
    .filter(([path]) => path.split('/').slice(-2, -1)[0] === locale)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, text]) => text);
}

function createBundle(locale: Locale): FluentBundle {
  const bundle = new FluentBundle(locale, { useIsolating: false });
  for (const text of sourcesFor(locale)) {
    const errors = bundle.addResource(new FluentResource(text));
    for (const e of errors) console.error(`Fluent (${locale}):`, e);
  }
  return bundle;
}

const cache = new Map<Locale, FluentBundle>();

function bundleFor(locale: Locale): FluentBundle {
  let b = cache.get(locale);
  if (!b) {
    b = createBundle(locale);
    cache.set(locale, b);
  }
  return b;
}

/** The chosen locale first, then the others as fallback (Dutch before English). */
export function bundlesFor(locale: Locale): FluentBundle[] {
  const order = [locale, ...LOCALES.filter((l) => l !== locale)];
  return order.map(bundleFor);
}
