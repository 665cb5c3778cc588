import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import type { BlobStore } from '../state/blob-store.js';
import { extractTrainingPairs } from './extract-training-pairs.js';
import type { TrainingPair } from './training-pair.js';
import { trainingPairsKey } from './training-pairs-key.js';

/** Enough to answer like the training data without holding a huge file in memory. */
const maxPairs = 50_000;

/**
 * Reads a training file line by line and stores its prompt → reply pairs for the tuned model, so
 * it keeps answering even after the training file is deleted.
 */
export async function saveTrainingPairs(options: {
  blobs: BlobStore;
  fileId: string;
  jobId: string;
}): Promise<number> {
  const pairs: TrainingPair[] = [];
  const lines = createInterface({
    input: Readable.from(options.blobs.read(options.fileId)),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  for await (const line of lines) {
    for (const pair of extractTrainingPairs(line)) {
      if (pairs.length < maxPairs) pairs.push(pair);
    }
  }
  const body = Buffer.from(JSON.stringify(pairs));
  await options.blobs.write(trainingPairsKey(options.jobId), Readable.from([body]));
  return pairs.length;
}
