import type { MetricPoint } from './metric-point.js';
import { readMetricPoint } from './read-metric-point.js';

const base64Pattern = /^[A-Za-z0-9+/=\s]+$/;

/** OpenAI serves the result file base64-encoded; decode it when it is, keep plain text otherwise. */
function decodeResultFile(content: string): string {
  const trimmed = content.trim();
  if (trimmed === '' || !base64Pattern.test(trimmed)) return content;
  const decoded = Buffer.from(trimmed.replace(/\s+/g, ''), 'base64').toString('utf8');
  return decoded.includes('step') && decoded.includes(',') ? decoded : content;
}

/**
 * Parses a job's result file (`step,train_loss,train_accuracy,valid_loss,…`), base64 or plain,
 * into metric points; empty cells (steps without evaluation) are left out.
 * @example parseResultCsv('step,train_loss\n1,2.5\n')[0] // { step: 1, trainLoss: 2.5 }
 */
export function parseResultCsv(content: string): MetricPoint[] {
  const lines = decodeResultFile(content)
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
  const [header, ...rows] = lines;
  if (header === undefined) return [];
  const columns = header.split(',').map((column) => column.trim());
  const points: MetricPoint[] = [];
  for (const row of rows) {
    const cells = row.split(',');
    const record: Record<string, string> = {};
    columns.forEach((column, index) => {
      record[column] = (cells[index] ?? '').trim();
    });
    const point = readMetricPoint(record);
    if (point !== undefined) points.push(point);
  }
  return points;
}
