const barWidth = 24;

/**
 * A training progress line: bar, steps, elapsed time, ETA and the loss so far.
 * @example renderProgressBar({ step: 50, totalSteps: 100, elapsed: '0:04', eta: '0:04' })
 * // '[████████████░░░░░░░░░░░░]  50/100 steps  elapsed 0:04  ETA 0:04'
 */
export function renderProgressBar(options: {
  step: number;
  totalSteps: number;
  elapsed: string;
  eta: string | null;
  loss?: number | undefined;
  sparkline?: string;
}): string {
  const { step, totalSteps } = options;
  const fraction = totalSteps > 0 ? Math.min(1, Math.max(0, step / totalSteps)) : 0;
  const filled = Math.round(fraction * barWidth);
  const parts = [
    `[${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}]`,
    `${String(step).padStart(String(totalSteps).length)}/${totalSteps} steps`,
    `elapsed ${options.elapsed}`,
  ];
  if (options.eta !== null) parts.push(`ETA ${options.eta}`);
  if (options.loss !== undefined) parts.push(`loss ${options.loss.toFixed(4)}`);
  if (options.sparkline) parts.push(options.sparkline);
  return parts.join('  ');
}
