import { describe, expect, it } from 'vitest';
import { formatDecimal } from './format-decimal.js';

describe('formatDecimal', () => {
  it('drops float noise and trailing zeros', () => {
    expect(formatDecimal(44.74999999999999)).toBe('44.75');
    expect(formatDecimal(36.2)).toBe('36.2');
    expect(formatDecimal(2)).toBe('2');
    expect(formatDecimal(6.6000000000000005)).toBe('6.6');
  });

  it('rounds to the digits asked for', () => {
    expect(formatDecimal(1.23456, 2)).toBe('1.23');
    expect(formatDecimal(2.5, 0)).toBe('3');
    expect(formatDecimal(-0.00001, 2)).toBe('0');
  });

  it('never prints exponent notation', () => {
    expect(formatDecimal(1e21 + 0.5, 2)).not.toContain('e');
    expect(formatDecimal(1e-7, 4)).toBe('0');
  });
});
