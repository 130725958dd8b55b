/**
 * Marks a string literal as a Fluent message id kept for later (in a table of choices),
 * so scripts/check-locales.mjs finds it. It returns the id unchanged.
 */
export function msg(id: string): string {
  return id;
}
