import type { ServedModel } from './served-model.js';

/** A fixed creation time for base models (2023-08-22, when fine-tuning gpt-3.5-turbo launched). */
const baseModelCreated = 1_692_662_400;

/** OpenAI's `model` object for a served model. */
export function toModelObject(model: ServedModel, organizationId: string) {
  return model.kind === 'base'
    ? { id: model.id, object: 'model', created: baseModelCreated, owned_by: 'system' }
    : { id: model.id, object: 'model', created: model.created, owned_by: organizationId };
}
