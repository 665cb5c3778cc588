import type { MetricPoint } from './metric-point.js';

/**
 * Merges metric points from several sources into one series, ordered by step. Sources are given
 * from least to most trusted: for the same step and metric, a later source's value wins.
 * @example mergeMetricSeries([eventPoints, checkpointPoints, csvPoints])
 */
export function mergeMetricSeries(sources: readonly (readonly MetricPoint[])[]): MetricPoint[] {
  const byStep = new Map<number, MetricPoint>();
  for (const source of sources) {
    for (const point of source) {
      byStep.set(point.step, { ...byStep.get(point.step), ...point });
    }
  }
  return [...byStep.values()].sort((left, right) => left.step - right.step);
}
