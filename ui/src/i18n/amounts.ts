// Amounts and hours the Dutch way, as the backend formats them in its step sentences
// (crates/domain/src/validate: format_amount_cents, format_minutes_as_hours).

/** Cents as `1.234,56` (no currency). */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.round(cents));
  const euros = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${euros},${String(abs % 100).padStart(2, '0')}`;
}

/** Cents as `EUR 1.234,56`. */
export function formatEuros(cents: number): string {
  return `EUR ${formatCents(cents)}`;
}

/** Minutes as hours without trailing zeros: 1470 → `24,5`, 435 → `7,25`, 1440 → `24`. */
export function formatMinutesAsHours(minutes: number): string {
  const hundredths = Math.floor((minutes * 100 + 30) / 60);
  const whole = Math.floor(hundredths / 100);
  const frac = hundredths % 100;
  if (frac === 0) return String(whole);
  if (frac % 10 === 0) return `${whole},${frac / 10}`;
  return `${whole},${String(frac).padStart(2, '0')}`;
}
