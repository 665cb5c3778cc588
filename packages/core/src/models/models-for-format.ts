import { type DatasetFormat, type ModelInfo, modelCatalog } from './model-catalog.js';

/** Whether a model can train on lines of `format`, by some method it offers. */
function trainsOn(model: ModelInfo, format: DatasetFormat): boolean {
  switch (format) {
    case 'chat':
      return model.methods.includes('supervised') && model.supervisedFormat === 'chat';
    case 'prompt-completion':
      return model.supervisedFormat === 'prompt-completion';
    case 'preference':
      return model.methods.includes('dpo');
    case 'reinforcement':
      return model.methods.includes('reinforcement');
  }
}

/**
 * The catalog's models that can fine-tune on a dataset of `format`; none for an unknown format.
 * @example modelsForFormat('preference').map((model) => model.id)
 */
export function modelsForFormat(format: DatasetFormat | null): ModelInfo[] {
  if (format === null) return [];
  return modelCatalog.filter((model) => trainsOn(model, format));
}
