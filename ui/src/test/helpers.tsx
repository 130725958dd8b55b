import { mockIPC } from '@tauri-apps/api/mocks';
import { act, render } from '@testing-library/preact';
import axe from 'axe-core';
import type { ReactElement } from 'react';
import type { Locale } from '../api/contract.gen';
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

/**
 * Runs `fn` (which answers a held command) inside act and lets the app finish what follows:
 * the answer's way through the IPC mock's promises, then the render and its effects, which
 * act flushes when it ends. (Preact's act does not wait for promises its callback did not
 * return, so it yields one macrotask first.)
 */
export function settle(fn: () => void): Promise<void> {
  return act(async () => {
    fn();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

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

/**
 * What a command rejects with when the backend refuses the input (docs/ipc.md, "Errors"):
 * `validation` with one field error per `[field, message_id, args]`. Throw it from a
 * mockCommands handler.
 */
export function validationError(...fields: [field: string, messageId: string, args?: Record<string, string>][]) {
  return {
    code: 'validation',
    message_id: 'error-validation',
    args: {},
    fields: fields.map(([field, message_id, args]) => ({ field, message_id, args: args ?? {} })),
  };
}
