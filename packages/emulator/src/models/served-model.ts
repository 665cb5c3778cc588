import type { ModelInfo } from '@tuneline/core';
import type { JobRecord } from '../fine-tuning/job-record.js';

/** A model the emulator answers for: a base model, or a job's fine-tuned model or checkpoint. */
export type ServedModel =
  | { readonly kind: 'base'; readonly id: string; readonly info: ModelInfo }
  | {
      readonly kind: 'fine-tuned';
      readonly id: string;
      readonly record: JobRecord;
      /** The step of the checkpoint, for `…:ckpt-step-N` models. */
      readonly checkpointStep: number | null;
      readonly created: number;
    };
