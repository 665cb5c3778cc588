import { TunelineError } from '../errors/tuneline-error.js';
import { type ModelInfo, modelCatalog } from './model-catalog.js';

/** The base model a fine-tuned id (`ft:gpt-4o-mini-2024-07-18:org:suffix:id`) was trained from. */
export function baseModelOf(modelId: string): string {
  if (!modelId.startsWith('ft:')) return modelId;
  return modelId.split(':')[1] ?? modelId;
}

/**
 * Looks a model up by id, alias or fine-tuned id (continuing from an `ft:` model uses its base's
 * figures). Returns undefined when Tuneline does not know it.
 */
export function findModel(modelId: string): ModelInfo | undefined {
  const id = baseModelOf(modelId.trim());
  return modelCatalog.find((model) => model.id === id || model.aliases.includes(id));
}

/**
 * Like {@link findModel}, but an unknown model is a user error listing the models Tuneline knows.
 * @example getModel('gpt-4o-mini').encoding // 'o200k_base'
 */
export function getModel(modelId: string): ModelInfo {
  const model = findModel(modelId);
  if (model) return model;
  const known = modelCatalog.map((entry) => entry.id).join(', ');
  throw new TunelineError('unknown_model', `Unknown model "${modelId}".`, {
    hint: `Use one of: ${known}. For another model, give its encoding, limit and price in tuneline.json.`,
  });
}
