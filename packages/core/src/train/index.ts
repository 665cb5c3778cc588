export {
  resolveTrainRequest,
  type TrainHyperparameterOverrides,
  type TrainOverrides,
  type TrainRequest,
  type TrainTarget,
} from './resolve-train-request.js';
