/** The cookbook's constants for the number of epochs OpenAI picks when `n_epochs` is "auto". */
export const epochHeuristic = {
  targetEpochs: 3,
  minTargetExamples: 100,
  maxTargetExamples: 25_000,
  minDefaultEpochs: 1,
  maxDefaultEpochs: 25,
} as const;

/**
 * Epochs OpenAI trains by default: 3, raised for small datasets so that examples × epochs reaches
 * 100, lowered for large ones so that it stays within 25,000.
 * @example defaultEpochs(10) // 10
 */
export function defaultEpochs(exampleCount: number): number {
  const { targetEpochs, minTargetExamples, maxTargetExamples, minDefaultEpochs, maxDefaultEpochs } =
    epochHeuristic;
  if (exampleCount <= 0) return targetEpochs;
  if (exampleCount * targetEpochs < minTargetExamples) {
    return Math.min(maxDefaultEpochs, Math.floor(minTargetExamples / exampleCount));
  }
  if (exampleCount * targetEpochs > maxTargetExamples) {
    return Math.max(minDefaultEpochs, Math.floor(maxTargetExamples / exampleCount));
  }
  return targetEpochs;
}
