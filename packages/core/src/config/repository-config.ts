import { z } from 'zod';
import { jobParametersShape } from '../fine-tuning/job-parameters.js';

/** Names in `datasets`: they go into job metadata and model suffixes, so kept short and plain. */
export const datasetNamePattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

const repositoryPath = z
  .string()
  .min(1)
  .refine(
    (path) => !path.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(path) && !path.startsWith('\\'),
    {
      error:
        'is an absolute path, which leads out of the repository; write it relative to tuneline.json, such as "data/train.jsonl"',
    },
  )
  .refine((path) => !path.split(/[\\/]/).includes('..'), {
    error:
      'leads out of the repository through ".."; keep the dataset inside the repository and write its path relative to tuneline.json',
  })
  .refine((path) => path.toLowerCase().endsWith('.jsonl'), {
    error: 'must be the path of a .jsonl file (OpenAI fine-tunes only from JSON Lines)',
  });

const maxCostUsd = z
  .number()
  .positive()
  .describe('Refuse to start a job whose estimated training cost in USD is higher than this.');

/** One dataset in tuneline.json: its files, how to train on them, and its budget. */
export const datasetConfigSchema = z
  .strictObject({
    training: repositoryPath.describe('Training file (.jsonl), relative to the repository root.'),
    validation: repositoryPath
      .describe('Validation file (.jsonl), relative to the repository root; evaluated, not billed.')
      .optional(),
    ...jobParametersShape,
    maxCostUsd: maxCostUsd.optional(),
  })
  .refine((dataset) => dataset.hyperparameters === undefined || dataset.method === undefined, {
    error:
      'cannot be given together with "method"; move the hyperparameters into method.hyperparameters',
    path: ['hyperparameters'],
  });
export type DatasetConfig = z.infer<typeof datasetConfigSchema>;

/**
 * tuneline.json, at a repository's root: the datasets the CLI, the Action and the Slack bot
 * train, by name.
 */
export const repositoryConfigSchema = z
  .strictObject({
    $schema: z.string().describe('The JSON Schema editors validate this file with.').optional(),
    maxCostUsd: maxCostUsd
      .describe("Default budget in USD for every dataset; a dataset's own maxCostUsd overrides it.")
      .optional(),
    datasets: z
      .record(
        z.string().regex(datasetNamePattern, {
          error: 'must be 1–64 letters, digits, ".", "_" or "-", starting with a letter or digit',
        }),
        datasetConfigSchema,
      )
      .describe('The datasets of this repository, by name.'),
  })
  .meta({
    title: 'Tuneline repository configuration (tuneline.json)',
    description:
      'The fine-tuning datasets of a repository, read by the Tuneline CLI, GitHub Action and Slack bot.',
  });
export type RepositoryConfig = z.infer<typeof repositoryConfigSchema>;
