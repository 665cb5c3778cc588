import { formatDecimal } from './format-decimal.js';

/** Significant digits kept below one dollar: enough to see what a small dataset costs. */
const significantDigitsBelowOneDollar = 4;
const cents = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/**
 * An amount of US dollars: cents from one dollar up (`$12.50`), four significant digits below
 * (`$0.02896`, as OpenAI's cookbook shows small training costs), without float noise or
 * exponent notation.
 * @example formatUsd(0.028960000000000003) // '$0.02896'
 */
export function formatUsd(amount: number): string {
  if (!Number.isFinite(amount)) return `$${amount}`;
  const sign = amount < 0 ? '-' : '';
  const magnitude = Math.abs(amount);
  if (magnitude === 0) return '$0.00';
  if (magnitude >= 0.995) return `${sign}$${cents.format(magnitude)}`;
  const leadingZeros = Math.max(0, -Math.floor(Math.log10(magnitude)) - 1);
  // Past a millionth of a cent nothing a bill shows remains.
  const decimals = Math.min(10, leadingZeros + significantDigitsBelowOneDollar);
  const text = formatDecimal(magnitude, decimals);
  return text === '0' ? '$0.00' : `${sign}$${text}`;
}
