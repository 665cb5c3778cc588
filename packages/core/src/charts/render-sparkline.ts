import { downsampleSeries, maxChartPoints } from './downsample-series.js';

const levels = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'] as const;

/**
 * Draws a series as a one-line unicode sparkline (`▇▅▄▃▂▂▁`) for terminals and Slack,
 * downsampled to at most 100 characters; non-finite values are skipped.
 * @example renderSparkline([3, 2, 1]) // '█▄▁'
 */
export function renderSparkline(
  values: readonly number[],
  options: { maxPoints?: number } = {},
): string {
  const finite = values.filter((value) => Number.isFinite(value));
  const points = downsampleSeries(
    finite,
    Math.min(options.maxPoints ?? maxChartPoints, maxChartPoints),
  );
  if (points.length === 0) return '';
  const minimum = Math.min(...points);
  const range = Math.max(...points) - minimum;
  return points
    .map((value) => {
      if (range === 0) return levels[3];
      const level = Math.round(((value - minimum) / range) * (levels.length - 1));
      return levels[level];
    })
    .join('');
}
