import { formatUsd } from '@tuneline/core';

/** Core's money format, with "unknown" for a model without a price. */
export function formatCost(amount: number | null): string {
  return amount === null ? 'unknown' : formatUsd(amount);
}

/** A change with its sign: `+3`, `-$0.0012`, `±0`. */
export function formatSigned(value: number, format: (value: number) => string): string {
  if (value === 0) return '±0';
  return value > 0 ? `+${format(value)}` : `-${format(-value)}`;
}
