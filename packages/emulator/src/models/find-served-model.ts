import { modelCatalog } from '@tuneline/core';
import type { EmulatorState } from '../state/emulator-state.js';
import type { ServedModel } from './served-model.js';

/**
 * The model with this id: a catalog model or alias, the `ft:` model of a succeeded job, or one of
 * its kept checkpoints; undefined when there is none or it was deleted.
 */
export function findServedModel(state: EmulatorState, modelId: string): ServedModel | undefined {
  if (state.deletedModels.has(modelId)) return undefined;
  if (!modelId.startsWith('ft:')) {
    const info = modelCatalog.find(
      (model) => model.id === modelId || model.aliases.includes(modelId),
    );
    return info ? { kind: 'base', id: modelId, info } : undefined;
  }
  for (const record of state.jobs.values()) {
    if (record.job.status !== 'succeeded') continue;
    if (record.job.fine_tuned_model === modelId) {
      return {
        kind: 'fine-tuned',
        id: modelId,
        record,
        checkpointStep: null,
        created: record.job.finished_at ?? record.job.created_at,
      };
    }
    const checkpoint = record.checkpoints.find(
      (candidate) => candidate.fine_tuned_model_checkpoint === modelId,
    );
    if (checkpoint) {
      return {
        kind: 'fine-tuned',
        id: modelId,
        record,
        checkpointStep: checkpoint.step_number,
        created: checkpoint.created_at,
      };
    }
  }
  return undefined;
}
