export { defaultEpochs, epochHeuristic } from './default-epochs.js';
export { estimateTrainingCost, type TrainingCostEstimate } from './estimate-training-cost.js';
