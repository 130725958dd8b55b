import { MIN_PASSPHRASE_LENGTH } from '../api/contract.gen';

/** The shortest passphrase the store accepts: the backend's own value, from the contract. */
export { MIN_PASSPHRASE_LENGTH };

export type Strength = 'weak' | 'fair' | 'strong';

/**
 * A rough strength for feedback while typing: length counts most, then how many kinds of
 * characters (lower case, upper case, digits, other) are mixed. Under the minimum it is
 * always weak.
 */
export function passphraseStrength(p: string): Strength {
  const length = [...p].length;
  if (length < MIN_PASSPHRASE_LENGTH) return 'weak';
  const classes = [/\p{Ll}/u, /\p{Lu}/u, /\p{N}/u, /[^\p{L}\p{N}]/u].filter((re) => re.test(p)).length;
  if (length >= 20 || (length >= 14 && classes >= 3)) return 'strong';
  return 'fair';
}
