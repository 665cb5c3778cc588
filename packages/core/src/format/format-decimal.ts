const formats = new Map<number, Intl.NumberFormat>();

function formatWith(maxFractionDigits: number): Intl.NumberFormat {
  let format = formats.get(maxFractionDigits);
  if (!format) {
    format = new Intl.NumberFormat('en-US', {
      maximumFractionDigits: maxFractionDigits,
      useGrouping: false,
    });
    formats.set(maxFractionDigits, format);
  }
  return format;
}

/**
 * A number as a person writes it: at most `maxFractionDigits` decimals, no trailing zeros and
 * no float noise (`44.74999999999999` → `44.75`), never in exponent notation.
 * @example formatDecimal(36.2000000001) // '36.2'
 */
export function formatDecimal(value: number, maxFractionDigits = 4): string {
  if (!Number.isFinite(value)) return String(value);
  const digits = Math.min(20, Math.max(0, Math.trunc(maxFractionDigits)));
  const text = formatWith(digits).format(value);
  return text === '-0' ? '0' : text;
}
