import { z } from 'zod';
import { graderSchema } from './grader.js';

const auto = z.literal('auto');
const nEpochs = z
  .union([auto, z.int().min(1).max(50)], {
    error: 'must be "auto" or a whole number from 1 to 50',
  })
  .describe('Passes over the training data: 1–50, or "auto" (OpenAI picks by dataset size).');
const batchSize = z
  .union([auto, z.int().min(1).max(256)], {
    error: 'must be "auto" or a whole number from 1 to 256',
  })
  .describe('Examples per batch: 1–256, or "auto".');
const learningRateMultiplier = z
  .union([auto, z.number().positive()], { error: 'must be "auto" or a number above 0' })
  .describe('Scales the learning rate: a number above 0, or "auto".');

/** Supervised hyperparameters, with OpenAI's names and ranges. */
export const supervisedHyperparametersSchema = z.strictObject({
  n_epochs: nEpochs.optional(),
  batch_size: batchSize.optional(),
  learning_rate_multiplier: learningRateMultiplier.optional(),
});
export type SupervisedHyperparameters = z.infer<typeof supervisedHyperparametersSchema>;

const dpoHyperparametersSchema = supervisedHyperparametersSchema.extend({
  beta: z
    .union([auto, z.number().gt(0).max(2)], {
      error: 'must be "auto" or a number above 0, at most 2',
    })
    .describe('DPO penalty weight between the policy and the reference model: (0, 2], or "auto".')
    .optional(),
});

const reinforcementHyperparametersSchema = supervisedHyperparametersSchema.extend({
  reasoning_effort: z.enum(['default', 'low', 'medium', 'high']).optional(),
  compute_multiplier: z
    .union([auto, z.number().gt(0.00001).max(10)], {
      error: 'must be "auto" or a number above 0.00001, at most 10',
    })
    .optional(),
  eval_interval: z
    .union([auto, z.int().min(1)], { error: 'must be "auto" or a whole number of at least 1' })
    .optional(),
  eval_samples: z
    .union([auto, z.int().min(1)], { error: 'must be "auto" or a whole number of at least 1' })
    .optional(),
});

/**
 * How to train: supervised (the default), DPO with `beta`, or reinforcement with a grader. The
 * shape is flatter than the API's `{ type, dpo: { hyperparameters } }`; Tuneline maps it.
 */
export const jobMethodSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('supervised'),
    hyperparameters: supervisedHyperparametersSchema.optional(),
  }),
  z.strictObject({ type: z.literal('dpo'), hyperparameters: dpoHyperparametersSchema.optional() }),
  z.strictObject({
    type: z.literal('reinforcement'),
    grader: graderSchema,
    hyperparameters: reinforcementHyperparametersSchema.optional(),
  }),
]);
export type JobMethod = z.infer<typeof jobMethodSchema>;
