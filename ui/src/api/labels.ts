// Looking up a choice's label in a generated list (contract.gen.ts).

import type { Choice } from './contract.gen';

/** The label id of `value` in `list`, or undefined for an unknown or empty value. */
export function labelOf(list: readonly Choice[], value: string | null | undefined): string | undefined {
  return list.find((c) => c.value === value)?.label;
}
