import type { TrainingPair } from './training-pair.js';

type SparseVector = Map<string, number>;

/** Lowercased, width-folded (NFKC) text with punctuation and symbols as spaces. */
function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Character 1- to 3-grams of the normalized text, padded with a space at each end. Character
 * n-grams need no word segmentation, so Japanese and Chinese work as well as English.
 */
function countNgrams(text: string): Map<string, number> {
  const characters = [...` ${normalize(text)} `];
  const counts = new Map<string, number>();
  for (let size = 1; size <= 3; size++) {
    for (let start = 0; start + size <= characters.length; start++) {
      const gram = characters.slice(start, start + size).join('');
      if (gram.trim() === '') continue;
      counts.set(gram, (counts.get(gram) ?? 0) + 1);
    }
  }
  return counts;
}

function unitLength(vector: SparseVector): SparseVector {
  let sumOfSquares = 0;
  for (const weight of vector.values()) sumOfSquares += weight * weight;
  const length = Math.sqrt(sumOfSquares);
  if (length === 0) return vector;
  for (const [gram, weight] of vector) vector.set(gram, weight / length);
  return vector;
}

/**
 * Retrieval over a tuned model's training pairs: TF-IDF over character 1–3-grams (sublinear term
 * frequency 1 + ln tf, smoothed idf ln((1 + N) / (1 + df)) + 1), ranked by cosine similarity
 * between the question and each training prompt.
 */
export class TrainingIndex {
  readonly pairs: readonly TrainingPair[];
  readonly #vectors: SparseVector[];
  readonly #idf = new Map<string, number>();
  /** The reply the training data gives most often (earliest on ties), for unrelated questions. */
  readonly commonestReply: string | undefined;

  constructor(pairs: readonly TrainingPair[]) {
    this.pairs = pairs;
    const counts = pairs.map((pair) => countNgrams(pair.prompt));
    const documentFrequency = new Map<string, number>();
    for (const count of counts) {
      for (const gram of count.keys()) {
        documentFrequency.set(gram, (documentFrequency.get(gram) ?? 0) + 1);
      }
    }
    for (const [gram, frequency] of documentFrequency) {
      this.#idf.set(gram, Math.log((1 + pairs.length) / (1 + frequency)) + 1);
    }
    this.#vectors = counts.map((count) => this.#weigh(count));
    const replyCounts = new Map<string, number>();
    let commonest: string | undefined;
    for (const pair of pairs) {
      const count = (replyCounts.get(pair.reply) ?? 0) + 1;
      replyCounts.set(pair.reply, count);
      if (commonest === undefined || count > (replyCounts.get(commonest) ?? 0)) {
        commonest = pair.reply;
      }
    }
    this.commonestReply = commonest;
  }

  /** Cosine similarity of the question to every training prompt, in training order. */
  similarities(question: string): number[] {
    const query = this.#weigh(countNgrams(question));
    return this.#vectors.map((vector) => {
      let dot = 0;
      for (const [gram, weight] of query) dot += weight * (vector.get(gram) ?? 0);
      return dot;
    });
  }

  #weigh(counts: Map<string, number>): SparseVector {
    const vector: SparseVector = new Map();
    // A gram no training prompt has gets the idf of document frequency 0: it matches nothing
    // but still counts in the question's length, so unrelated text lowers the similarity.
    const unseenIdf = Math.log(1 + this.pairs.length) + 1;
    for (const [gram, count] of counts) {
      vector.set(gram, (1 + Math.log(count)) * (this.#idf.get(gram) ?? unseenIdf));
    }
    return unitLength(vector);
  }
}
