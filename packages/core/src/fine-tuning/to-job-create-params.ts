import type { JobCreateParams } from 'openai/resources/fine-tuning/jobs/jobs';
import { TunelineError } from '../errors/tuneline-error.js';
import type { JobParameters } from './job-parameters.js';
import { omitUndefined } from './omit-undefined.js';
import { resolveJobMethod } from './resolve-job-method.js';

type ApiMethod = NonNullable<JobCreateParams['method']>;

function toApiMethod(parameters: JobParameters): ApiMethod {
  const method = resolveJobMethod(parameters);
  switch (method.type) {
    case 'supervised':
      return {
        type: 'supervised',
        supervised:
          method.hyperparameters === undefined
            ? {}
            : { hyperparameters: omitUndefined(method.hyperparameters) },
      };
    case 'dpo':
      return {
        type: 'dpo',
        dpo:
          method.hyperparameters === undefined
            ? {}
            : { hyperparameters: omitUndefined(method.hyperparameters) },
      };
    case 'reinforcement':
      return {
        type: 'reinforcement',
        reinforcement: {
          // graderSchema mirrors the SDK's grader union; its loose message `content` is the only difference.
          grader: method.grader as NonNullable<ApiMethod['reinforcement']>['grader'],
          ...(method.hyperparameters === undefined
            ? {}
            : { hyperparameters: omitUndefined(method.hyperparameters) }),
        },
      };
  }
}

/**
 * The body of `fineTuning.jobs.create`: always a `method` (top-level `hyperparameters` is
 * deprecated), the files, and Tuneline's metadata.
 */
export function toJobCreateParams(options: {
  parameters: JobParameters;
  trainingFileId: string;
  validationFileId?: string | undefined;
  metadata: Readonly<Record<string, string>>;
}): JobCreateParams {
  const { parameters } = options;
  if (parameters.hyperparameters !== undefined && parameters.method !== undefined) {
    throw new TunelineError('invalid_argument', 'Both "hyperparameters" and "method" were given.', {
      hint: 'Put the hyperparameters inside method.hyperparameters, or drop "method" for supervised training.',
    });
  }
  return {
    model: parameters.model,
    training_file: options.trainingFileId,
    ...(options.validationFileId === undefined
      ? {}
      : { validation_file: options.validationFileId }),
    ...(parameters.suffix === undefined ? {} : { suffix: parameters.suffix }),
    ...(parameters.seed === undefined ? {} : { seed: parameters.seed }),
    method: toApiMethod(parameters),
    ...(parameters.wandb === undefined
      ? {}
      : { integrations: [{ type: 'wandb' as const, wandb: omitUndefined(parameters.wandb) }] }),
    metadata: { ...options.metadata },
  };
}
