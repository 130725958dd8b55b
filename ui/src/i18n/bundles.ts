// Fluent bundles from ../locales/<locale>/*.ftl (the same files werkpadctl and the PDFs
// use). Bidi isolation marks are off: the UI is left-to-right only and the marks would
// end up in copied text.
//
// The lock screens' messages are in the first chunk: ui.ftl, and errors.ftl and cli.ftl for
// the store's errors. The others (domain names, matching, statements, advice) are only used
// behind the lock; they load with the shell (`loadAllMessages`), as a chunk of their own.

import { FluentBundle, FluentResource } from '@fluent/bundle';
import type { Locale } from '../api/contract.gen';

export const LOCALES: Locale[] = ['nl-NL', 'en-US'];
export const DEFAULT_LOCALE: Locale = 'nl-NL';

/** .ftl texts keyed by their path. */
export type Sources = Record<string, string>;

const firstSources: Sources = import.meta.glob<string>(
  ['@locales/*/ui.ftl', '@locales/*/errors.ftl', '@locales/*/cli.ftl'],
  { query: '?raw', import: 'default', eager: true },
);
let laterSources: Sources | null = null;

/** The .ftl texts of one locale, keyed by the folder name, in file name order. */
function sourcesFor(sources: Sources, locale: Locale): string[] {
  return Object.entries(sources)
    .filter(([path]) => path.split('/').slice(-2, -1)[0] === locale)
    // Not localeCompare: the paths are ASCII, and its first call builds an ICU collator,
    // which took ~10 ms of every start (BENCHMARKS.md, "The first screen's font").
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, text]) => text);
}

function addSources(bundle: FluentBundle, sources: Sources) {
  for (const text of sourcesFor(sources, bundle.locales[0] as Locale)) {
    const errors = bundle.addResource(new FluentResource(text));
    for (const e of errors) console.error(`Fluent (${bundle.locales[0]}):`, e);
  }
}

function createBundle(locale: Locale): FluentBundle {
  const bundle = new FluentBundle(locale, { useIsolating: false });
  addSources(bundle, firstSources);
  if (laterSources) addSources(bundle, laterSources);
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

/**
 * The chosen locale first, then the others as fallback (Dutch before English). Lazily: a
 * fallback bundle is parsed only when a message is missing from the chosen one (every id is
 * in both locales, scripts/check-locales.mjs), so a start parses one locale's files.
 */
export function* bundlesFor(locale: Locale): Generator<FluentBundle> {
  yield bundleFor(locale);
  for (const other of LOCALES) if (other !== locale) yield bundleFor(other);
}

let loading: Promise<void> | null = null;

/**
 * Loads the messages that the lock screens do not use into every bundle, once. The shell
 * waits for this before it renders (App.tsx); the lock screens have rendered with the
 * first messages only, and none of their ids is among these.
 */
export function loadAllMessages(): Promise<void> {
  loading ??= import('./laterMessages').then(({ sources }) => {
    if (laterSources) return;
    laterSources = sources;
    for (const bundle of cache.values()) addSources(bundle, sources);
  });
  return loading;
}
