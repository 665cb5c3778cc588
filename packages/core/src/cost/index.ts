export { defaultEpochs } from './default-epochs.js';
export {
  type AcrossModelsEstimate,
  estimateAcrossModels,
  type ModelCostEstimate,
} from './estimate-across-models.js';
export { estimateTrainingCost, type TrainingCostEstimate } from './estimate-training-cost.js';
