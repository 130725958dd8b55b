import { mockIPC } from '@tauri-apps/api/mocks';
import { render } from '@testing-library/react';
import axe from 'axe-core';
import type { ReactElement } from 'react';
import type { Locale } from '../api/types';
import { I18nProvider } from '../i18n/I18nProvider';

export interface Call {
  cmd: string;
  input: unknown;
  /** Every argument as invoked (`{ input }`, or named ones such as `{ residentId, draft }`). */
  args: Record<string, unknown>;
}

type Handler = (input: any, args: any) => unknown;

/**
 * Mocks the Tauri IPC with one handler per command and records every call with its
 * `input` and all its arguments (handlers get both). A handler that throws makes the command reject with what it threw; a command
 * without handler answers null.
 */
export function mockCommands(handlers: Record<string, Handler>, options?: { events?: boolean }): Call[] {
  const calls: Call[] = [];
  mockIPC(
    (cmd, payload) => {
      const args = (payload ?? {}) as Record<string, unknown>;
      const input = args.input;
      calls.push({ cmd, input, args });
      const handler = handlers[cmd];
      return handler ? handler(input, args) : null;
    },
    { shouldMockEvents: options?.events ?? false },
  );
  return calls;
}

export const callsOf = (calls: Call[], cmd: string) => calls.filter((c) => c.cmd === cmd);

export function renderWithI18n(ui: ReactElement, locale: Locale = 'nl-NL') {
  return render(<I18nProvider locale={locale}>{ui}</I18nProvider>);
}

/** axe-core rules that cannot work in jsdom (no layout, no colours). */
const JSDOM_RULES_OFF = { 'color-contrast': { enabled: false } };

/** Runs axe-core on `node` and returns the violations as readable lines. */
export async function axeViolations(node: Element): Promise<string[]> {
  const result = await axe.run(node, { rules: JSDOM_RULES_OFF });
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
  );
}
