import type { MetricPoint } from '../fine-tuning/metric-point.js';
import { bucketRanges } from './bucket-ranges.js';
import { maxChartPoints } from './downsample-series.js';

function mean(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Validation is measured every few steps: carry the last value forward (the first one backward). */
function fillGaps(values: readonly (number | undefined)[]): number[] | undefined {
  const first = values.find((value) => value !== undefined);
  if (first === undefined) return undefined;
  let last = first;
  return values.map((value) => {
    if (value !== undefined) last = value;
    return last;
  });
}

function formatNumber(value: number): string {
  return String(Number(value.toFixed(4)));
}

function quote(text: string): string {
  return `"${text.replace(/"/g, "'")}"`;
}

/**
 * Draws training (first line) and validation (second line) loss by step as a Mermaid
 * `xychart-beta` chart for GitHub Markdown, downsampled to at most 100 points. Returns the chart
 * source without the ```mermaid fence; an empty string when no point has a loss.
 * @example renderMermaidLossChart({ points: metrics.points })
 */
export function renderMermaidLossChart(options: {
  points: readonly MetricPoint[];
  title?: string;
  maxPoints?: number;
}): string {
  const points = [...options.points]
    .filter(
      (point) =>
        point.trainLoss !== undefined ||
        point.validLoss !== undefined ||
        point.fullValidLoss !== undefined,
    )
    .sort((left, right) => left.step - right.step);
  const ranges = bucketRanges(
    points.length,
    Math.min(options.maxPoints ?? maxChartPoints, maxChartPoints),
  );
  if (ranges.length === 0) return '';
  const steps: number[] = [];
  const train: (number | undefined)[] = [];
  const valid: (number | undefined)[] = [];
  for (const [start, end] of ranges) {
    const bucket = points.slice(start, end);
    steps.push((bucket[bucket.length - 1] as MetricPoint).step);
    train.push(
      mean(bucket.flatMap((point) => (point.trainLoss === undefined ? [] : [point.trainLoss]))),
    );
    valid.push(
      mean(
        bucket.flatMap((point) => {
          const value = point.validLoss ?? point.fullValidLoss;
          return value === undefined ? [] : [value];
        }),
      ),
    );
  }
  const trainLine = fillGaps(train);
  const validLine = fillGaps(valid);
  const lines = [trainLine, validLine].filter((line) => line !== undefined);
  const all = lines.flat();
  const minimum = Math.min(...all);
  const maximum = Math.max(...all);
  const padding = maximum === minimum ? Math.max(Math.abs(maximum) * 0.1, 0.1) : 0;
  const defaultTitle =
    trainLine === undefined
      ? 'Validation loss'
      : validLine === undefined
        ? 'Training loss'
        : 'Training loss (first line) and validation loss (second line)';
  const title = options.title ?? defaultTitle;
  return [
    'xychart-beta',
    `  title ${quote(title)}`,
    `  x-axis "step" [${steps.map((step) => quote(String(step))).join(', ')}]`,
    `  y-axis "loss" ${formatNumber(Math.max(0, minimum - padding))} --> ${formatNumber(maximum + padding)}`,
    ...lines.map((line) => `  line [${line.map(formatNumber).join(', ')}]`),
    '',
  ].join('\n');
}
