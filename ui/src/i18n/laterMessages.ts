// The .ftl files that only the screens behind the lock use: a chunk of their own, loaded
// with the shell (bundles.ts: loadAllMessages). A new .ftl file lands here unless it is
// named in the first list there.
export const sources: Record<string, string> = import.meta.glob<string>(
  ['@locales/*/*.ftl', '!@locales/*/ui.ftl', '!@locales/*/errors.ftl', '!@locales/*/cli.ftl'],
  { query: '?raw', import: 'default', eager: true },
);
