import { LocalizationProvider, ReactLocalization } from '@fluent/react';
import { type ReactNode, useEffect, useMemo } from 'react';
import type { Locale } from '../api/contract.gen';
import { bundlesFor } from './bundles';

interface Props {
  locale: Locale;
  children: ReactNode;
}

/** Provides Fluent messages in `locale`, and sets the page language for screen readers. */
export function I18nProvider({ locale, children }: Props) {
  const l10n = useMemo(() => new ReactLocalization(bundlesFor(locale)), [locale]);
  useEffect(() => {
    document.documentElement.lang = locale.slice(0, 2);
  }, [locale]);
  return <LocalizationProvider l10n={l10n}>{children}</LocalizationProvider>;
}
