import { describe, expect, it } from 'vitest';
import { formatInteger } from './format-integer.js';

describe('formatInteger', () => {
  it('groups thousands with commas, whatever the locale', () => {
    expect(formatInteger(3620)).toBe('3,620');
    expect(formatInteger(362)).toBe('362');
    expect(formatInteger(1_234_567)).toBe('1,234,567');
    expect(formatInteger(-1000)).toBe('-1,000');
  });
});
