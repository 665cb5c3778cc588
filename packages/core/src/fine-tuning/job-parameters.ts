import { z } from 'zod';
import { jobMethodSchema, supervisedHyperparametersSchema } from './job-method.js';

/** A Weights & Biases project the job reports its metrics to. */
export const wandbIntegrationSchema = z.strictObject({
  project: z.string().min(1),
  entity: z.string().min(1).optional(),
  name: z.string().min(1).optional(),
  tags: z.array(z.string().min(1).max(64)).max(50).optional(),
});
export type WandbIntegration = z.infer<typeof wandbIntegrationSchema>;

/** The fields of {@link jobParametersSchema}, for schemas that add their own (tuneline.json). */
export const jobParametersShape = {
  model: z
    .string()
    .min(1)
    .describe(
      'Base model to fine-tune, e.g. "gpt-4o-mini-2024-07-18", or an "ft:" model to continue training.',
    ),
  suffix: z
    .string()
    .min(1)
    .max(64)
    .describe('Up to 64 characters added to the fine-tuned model name.')
    .optional(),
  seed: z
    .int()
    .min(0)
    .max(2_147_483_647)
    .describe('Makes training reproducible: a whole number from 0 to 2147483647.')
    .optional(),
  hyperparameters: supervisedHyperparametersSchema
    .describe(
      'Supervised hyperparameters (shorthand for method: { type: "supervised", hyperparameters }).',
    )
    .optional(),
  method: jobMethodSchema.optional(),
  wandb: wandbIntegrationSchema.describe('Report metrics to Weights & Biases.').optional(),
};

/**
 * What to train, apart from the data: base model (or an `ft:` model to continue from), suffix,
 * seed, and either supervised `hyperparameters` or a `method`.
 */
export const jobParametersSchema = z
  .strictObject(jobParametersShape)
  .refine(
    (parameters) => parameters.hyperparameters === undefined || parameters.method === undefined,
    {
      error: 'give either "hyperparameters" or "method", not both',
      path: ['hyperparameters'],
    },
  );
export type JobParameters = z.infer<typeof jobParametersSchema>;
