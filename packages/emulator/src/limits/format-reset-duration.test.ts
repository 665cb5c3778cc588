import { describe, expect, it } from 'vitest';
import { formatResetDuration } from './format-reset-duration.js';

describe('formatResetDuration', () => {
  it.each([
    [20, '20ms'],
    [999, '999ms'],
    [999.2, '1s'],
    [1000, '1s'],
    [1500, '2s'],
    [360_000, '6m0s'],
    [3_723_000, '1h2m3s'],
  ])('formats %d ms as %s', (milliseconds, expected) => {
    expect(formatResetDuration(milliseconds)).toBe(expected);
  });
});
