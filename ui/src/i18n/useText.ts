import type { FluentVariable } from '@fluent/bundle';
import { useLocalization } from '@fluent/react';
import { useCallback } from 'react';

export type TextArgs = Record<string, FluentVariable>;
export type TextFn = (id: string, args?: TextArgs) => string;

/**
 * `t(id, args)` formats a Fluent message. Pass the id as a string literal so
 * scripts/check-locales.mjs can check the id; ids that come from the backend
 * (`message_id`) or from a choice table (`msg('...')`) are passed as variables.
 */
export function useText(): { t: TextFn } {
  const { l10n } = useLocalization();
  const t = useCallback<TextFn>((id, args) => l10n.getString(id, args ?? null), [l10n]);
  return { t };
}
