import { describe, expect, it } from 'vitest';
import { renderSparkline } from './render-sparkline.js';

describe('renderSparkline', () => {
  it('maps the lowest value to ▁ and the highest to █', () => {
    expect(renderSparkline([3, 2, 1])).toBe('█▅▁');
    expect(renderSparkline([0, 1, 2, 3, 4, 5, 6, 7])).toBe('▁▂▃▄▅▆▇█');
    expect(renderSparkline([0, 7])).toBe('▁█');
  });

  it('draws a flat series mid-height and skips values that are not numbers', () => {
    expect(renderSparkline([2, 2, 2])).toBe('▄▄▄');
    expect(renderSparkline([1, Number.NaN, 3, Number.POSITIVE_INFINITY])).toBe('▁█');
    expect(renderSparkline([])).toBe('');
  });

  it('never draws more than 100 characters', () => {
    const loss = Array.from({ length: 5000 }, (_, index) => 3 * Math.exp(-index / 1000));
    const line = renderSparkline(loss);
    expect([...line]).toHaveLength(100);
    expect(line.startsWith('█')).toBe(true);
    expect(line.endsWith('▁')).toBe(true);
    expect([...renderSparkline(loss, { maxPoints: 500 })]).toHaveLength(100);
  });
});
