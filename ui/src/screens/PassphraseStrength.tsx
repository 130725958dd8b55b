import { useText } from '../i18n/useText';
import { MIN_PASSPHRASE_LENGTH, passphraseStrength } from './passphrase';

/** Strength in words (not colour alone), read out politely while typing. */
export function PassphraseStrength({ id, passphrase }: { id: string; passphrase: string }) {
  const { t } = useText();
  const strength = passphraseStrength(passphrase);
  const text =
    strength === 'strong'
      ? t('firstrun-strength-strong')
      : strength === 'fair'
        ? t('firstrun-strength-fair')
        : t('firstrun-strength-weak', { min: MIN_PASSPHRASE_LENGTH });
  return (
    <p id={id} aria-live="polite" className={`werkpad-strength werkpad-strength--${passphrase ? strength : 'empty'}`} data-testid="firstrun-strength">
      {passphrase ? text : t('firstrun-strength-hint', { min: MIN_PASSPHRASE_LENGTH })}
    </p>
  );
}
