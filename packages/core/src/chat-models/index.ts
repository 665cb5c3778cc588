export { type FineTunedModel, listFineTunedModels } from './list-fine-tuned-models.js';
