export { baseModelOf, findModel, getModel } from './find-model.js';
export {
  type DatasetFormat,
  type FineTuningMethodType,
  type ModelInfo,
  type ModelPrices,
  modelCatalog,
  type Source,
} from './model-catalog.js';
export { modelsForFormat } from './models-for-format.js';
