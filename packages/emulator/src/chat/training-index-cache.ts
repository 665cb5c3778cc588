import type { JobRecord } from '../fine-tuning/job-record.js';
import type { BlobStore } from '../state/blob-store.js';
import { TrainingIndex } from './training-index.js';
import type { TrainingPair } from './training-pair.js';
import { trainingPairsKey } from './training-pairs-key.js';

/** Builds each tuned model's retrieval index once, from the pairs saved when its job validated. */
export class TrainingIndexCache {
  readonly #blobs: BlobStore;
  readonly #indexes = new Map<string, Promise<TrainingIndex>>();

  constructor(blobs: BlobStore) {
    this.#blobs = blobs;
  }

  get(record: JobRecord): Promise<TrainingIndex> {
    const jobId = record.job.id;
    let index = this.#indexes.get(jobId);
    if (!index) {
      index = this.#load(jobId);
      this.#indexes.set(jobId, index);
    }
    return index;
  }

  async #load(jobId: string): Promise<TrainingIndex> {
    try {
      const pairs = JSON.parse(
        (await this.#blobs.readAll(trainingPairsKey(jobId))).toString('utf8'),
      );
      return new TrainingIndex(pairs as TrainingPair[]);
    } catch {
      return new TrainingIndex([]);
    }
  }
}
