import { describe, expect, it } from 'vitest';
import { formatUsd } from './format-usd.js';

describe('formatUsd', () => {
  it('keeps four significant digits below a dollar, as the walkthrough prints them', () => {
    expect(formatUsd(0.02896)).toBe('$0.02896');
    expect(formatUsd(0.028960000000000003)).toBe('$0.02896');
    expect(formatUsd(0.1 + 0.2)).toBe('$0.3');
  });

  it('shows cents from a dollar up, with thousands separators', () => {
    expect(formatUsd(12.5)).toBe('$12.50');
    expect(formatUsd(1234.567)).toBe('$1,234.57');
    expect(formatUsd(0.99999)).toBe('$1.00');
  });

  it('never falls into exponent notation for tiny amounts', () => {
    expect(formatUsd(0.00000012345)).toBe('$0.0000001235');
    expect(formatUsd(1e-15)).toBe('$0.00');
    expect(formatUsd(0)).toBe('$0.00');
  });

  it('keeps the sign of a negative amount (a refund, an amount under budget)', () => {
    expect(formatUsd(-0.5)).toBe('-$0.5');
    expect(formatUsd(-3)).toBe('-$3.00');
  });
});
