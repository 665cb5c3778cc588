import { type MetricPoint, metricFieldNames } from './metric-point.js';

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const number = Number(value);
    return Number.isFinite(number) ? number : undefined;
  }
  return undefined;
}

/**
 * Reads a metric point from a record with OpenAI's metric names (a metrics event's `data`, a
 * checkpoint's `metrics`, a result CSV row); undefined without a step.
 */
export function readMetricPoint(
  record: Readonly<Record<string, unknown>>,
  fallbackStep?: number,
): MetricPoint | undefined {
  const step = toNumber(record.step) ?? fallbackStep;
  if (step === undefined) return undefined;
  const point: Record<string, number> = { step };
  for (const [field, names] of Object.entries(metricFieldNames)) {
    for (const name of names) {
      const value = toNumber(record[name]);
      if (value !== undefined) {
        point[field] = value;
        break;
      }
    }
  }
  return point as unknown as MetricPoint;
}
