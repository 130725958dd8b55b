import { describe, expect, it, vi } from 'vitest';

// The lock screens and every component they render: their messages must be in the first
// chunk, since the rest of the messages loads with the shell (bundles.ts).
const LOCK_SCREEN_SOURCES = import.meta.glob<string>(
  [
    '../App.tsx',
    '../screens/{FirstRun,Unlock,PassphraseStrength}.tsx',
    '../components/{ErrorAlert,ErrorSummary,fieldParts,Lazy,PageHeading,TextField}.tsx',
  ],
  { query: '?raw', import: 'default', eager: true },
);

const idsIn = (source: string) => [...source.matchAll(/\bt\(\s*'([a-z][\w-]*)'/g)].map((m) => m[1]!);

describe('Fluent bundles', () => {
  it('hold every message of the lock screens before the rest has loaded', async () => {
    // A fresh copy of the module: the test setup has already loaded all messages into the other.
    vi.resetModules();
    const { bundlesFor, loadAllMessages } = await import('./bundles');
    const ids = [...new Set(Object.values(LOCK_SCREEN_SOURCES).flatMap(idsIn))];
    expect(ids.length, 'the lock screens use messages').toBeGreaterThan(20);

    const [nl, en] = bundlesFor('nl-NL');
    expect(ids.filter((id) => !nl!.hasMessage(id)), 'missing in nl-NL').toEqual([]);
    expect(ids.filter((id) => !en!.hasMessage(id)), 'missing in en-US').toEqual([]);
    expect(nl!.hasMessage('error-wrong-passphrase'), 'the store errors are there too').toBe(true);
    expect(nl!.hasMessage('stmt-reference'), 'statements load later').toBe(false);

    await loadAllMessages();
    expect(nl!.hasMessage('stmt-reference')).toBe(true);
    expect(en!.hasMessage('stmt-reference')).toBe(true);
  });
});
