import type { TrainingIndex } from './training-index.js';

/**
 * How sharply sampling prefers the most similar prompt: at temperature 1, a prompt 0.1 less
 * similar than the best is chosen e^-5 ≈ 0.7% as often.
 */
const similarityScale = 0.02;

/**
 * The reply a tuned model gives: the training reply whose prompt is most similar to the question.
 * At temperature 0 that is always the best match (the earliest on ties); above 0 replies are
 * sampled with weights exp((similarity − best) / (0.02 × temperature)), so close matches can win.
 * A question like no training prompt gets the commonest training reply.
 */
export function chooseReply(options: {
  index: TrainingIndex;
  question: string;
  temperature: number;
  random: () => number;
}): string | undefined {
  const { index } = options;
  if (index.pairs.length === 0) return undefined;
  const similarities = index.similarities(options.question);
  let best = 0;
  for (let position = 1; position < similarities.length; position++) {
    if ((similarities[position] ?? 0) > (similarities[best] ?? 0)) best = position;
  }
  const bestSimilarity = similarities[best] ?? 0;
  if (bestSimilarity <= 0) return index.commonestReply;
  if (options.temperature === 0) return index.pairs[best]?.reply;
  const weights = similarities.map((similarity) =>
    similarity <= 0
      ? 0
      : Math.exp((similarity - bestSimilarity) / (similarityScale * options.temperature)),
  );
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let draw = options.random() * total;
  for (let position = 0; position < weights.length; position++) {
    draw -= weights[position] ?? 0;
    if (draw < 0) return index.pairs[position]?.reply;
  }
  return index.pairs[best]?.reply;
}
