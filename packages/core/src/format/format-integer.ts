const grouping = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/**
 * A whole number with thousands separators, the same in every locale: `3,620`.
 * @example formatInteger(3620) // '3,620'
 */
export function formatInteger(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return grouping.format(Math.round(value));
}
