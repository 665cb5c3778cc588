import { modelCatalog } from '@tuneline/core';
import type { EmulatorState } from '../state/emulator-state.js';
import type { ServedModel } from './served-model.js';

/** Every model the emulator serves: the catalog's models and aliases, then fine-tuned models and checkpoints. */
export function listServedModels(state: EmulatorState): ServedModel[] {
  const models: ServedModel[] = [];
  for (const info of modelCatalog) {
    for (const id of [info.id, ...info.aliases]) models.push({ kind: 'base', id, info });
  }
  for (const record of state.jobs.values()) {
    const name = record.job.fine_tuned_model;
    if (record.job.status !== 'succeeded' || name === null) continue;
    if (!state.deletedModels.has(name)) {
      models.push({
        kind: 'fine-tuned',
        id: name,
        record,
        checkpointStep: null,
        created: record.job.finished_at ?? record.job.created_at,
      });
    }
    for (const checkpoint of record.checkpoints) {
      if (state.deletedModels.has(checkpoint.fine_tuned_model_checkpoint)) continue;
      models.push({
        kind: 'fine-tuned',
        id: checkpoint.fine_tuned_model_checkpoint,
        record,
        checkpointStep: checkpoint.step_number,
        created: checkpoint.created_at,
      });
    }
  }
  return models;
}
