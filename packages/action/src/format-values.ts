/** Formats for the numbers the Action shows; they follow the CLI's. */
export function formatUsd(amount: number | null): string {
  if (amount === null) return 'unknown';
  const sign = amount < 0 ? '-' : '';
  const absolute = Math.abs(amount);
  if (absolute >= 1) return `${sign}$${absolute.toFixed(2)}`;
  if (absolute === 0) return '$0.00';
  return `${sign}$${String(Number(absolute.toPrecision(4)))}`;
}

export function formatInteger(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

export function formatSigned(value: number, format: (value: number) => string): string {
  if (value === 0) return '±0';
  return value > 0 ? `+${format(value)}` : `-${format(-value)}`;
}
