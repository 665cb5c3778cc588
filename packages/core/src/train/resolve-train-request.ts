import { isAbsolute, relative, resolve } from 'node:path';
import type { RepositoryConfig } from '../config/repository-config.js';
import { resolveDatasetConfig } from '../config/resolve-dataset-config.js';
import { TunelineError } from '../errors/tuneline-error.js';
import { type JobParameters, jobParametersSchema } from '../fine-tuning/job-parameters.js';
import { getModel } from '../models/find-model.js';

/** What a surface was asked to train: a dataset named in tuneline.json, or a file. */
export type TrainTarget = { readonly datasetName: string } | { readonly path: string };

/** Hyperparameters a person may set from a command line, an Action input or a Slack argument. */
export interface TrainHyperparameterOverrides {
  readonly n_epochs?: number | undefined;
  readonly batch_size?: number | undefined;
  readonly learning_rate_multiplier?: number | undefined;
}

/** What CLI flags, Action inputs and Slack arguments may change; each wins over tuneline.json. */
export interface TrainOverrides {
  readonly model?: string | undefined;
  /** A validation file, relative to `directory`. */
  readonly validation?: string | undefined;
  readonly suffix?: string | undefined;
  readonly seed?: number | undefined;
  readonly hyperparameters?: TrainHyperparameterOverrides | undefined;
  readonly maxCostUsd?: number | undefined;
}

/** One training request, merged: ready for `trainDataset`. */
export interface TrainRequest {
  /** Absolute paths, to read the files. */
  readonly trainingPath: string;
  readonly validationPath: string | undefined;
  /** The training file relative to the repository, as recorded on the job. */
  readonly datasetPath: string;
  readonly datasetName: string | undefined;
  readonly parameters: JobParameters;
  /** The budget: the override, else the dataset's, else the repository's default. */
  readonly maxCostUsd: number | undefined;
}

function toRepositoryPath(directory: string, path: string): string {
  const absolute = resolve(directory, path);
  const inside = relative(directory, absolute);
  const shown = inside === '' || inside.startsWith('..') || isAbsolute(inside) ? path : inside;
  return shown.replace(/\\/g, '/').replace(/^\.\//, '');
}

function invalidRequest(message: string, hint: string): TunelineError {
  return new TunelineError('invalid_request', message, { hint });
}

function mergeParameters(base: Partial<JobParameters>, overrides: TrainOverrides): JobParameters {
  const model = overrides.model ?? base.model;
  if (model === undefined) {
    throw invalidRequest(
      'Name the base model to fine-tune with --model.',
      'Pass a model, or set "model" for the dataset in tuneline.json.',
    );
  }
  getModel(model);
  const merged: Record<string, unknown> = { ...base, model };
  if (overrides.suffix !== undefined) merged.suffix = overrides.suffix;
  if (overrides.seed !== undefined) merged.seed = overrides.seed;
  const hyperparameters = Object.fromEntries(
    Object.entries(overrides.hyperparameters ?? {}).filter(([, value]) => value !== undefined),
  );
  if (Object.keys(hyperparameters).length > 0) {
    // Hyperparameters go wherever tuneline.json keeps them: inside `method` when it names one.
    if (base.method !== undefined) {
      merged.method = {
        ...base.method,
        hyperparameters: { ...base.method.hyperparameters, ...hyperparameters },
      };
    } else {
      merged.hyperparameters = { ...base.hyperparameters, ...hyperparameters };
    }
  }
  const parsed = jobParametersSchema.safeParse(merged);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    throw invalidRequest(
      `Invalid training parameters: ${problems}.`,
      'Check the values given and the dataset in tuneline.json.',
    );
  }
  return parsed.data;
}

/**
 * Merges tuneline.json and the overrides a person gave (CLI flags, Action inputs, Slack
 * arguments) into one training request, the same way for every surface: overrides win, a file
 * tuneline.json lists is its dataset, and the repository's budget applies to any other file. A named dataset missing from
 * tuneline.json is a `config` error; a missing model or invalid value an `invalid_request`.
 * @example
 * resolveTrainRequest({ config, directory: root, target: { datasetName: 'support' }, overrides: { hyperparameters: { n_epochs: 3 } } })
 */
export function resolveTrainRequest(options: {
  config?: RepositoryConfig | null | undefined;
  /** The repository root: paths in tuneline.json and in `target`/`overrides` are relative to it. */
  directory: string;
  target: TrainTarget;
  overrides?: TrainOverrides;
}): TrainRequest {
  const { config, directory, target } = options;
  const overrides = options.overrides ?? {};
  const validationOverride =
    overrides.validation === undefined ? undefined : resolve(directory, overrides.validation);
  if ('datasetName' in target) {
    if (config === undefined || config === null) {
      throw new TunelineError(
        'invalid_config',
        `No tuneline.json names a dataset "${target.datasetName}".`,
        { hint: 'Add the dataset to tuneline.json, or name a .jsonl file.' },
      );
    }
    const dataset = resolveDatasetConfig({ config, name: target.datasetName, directory });
    return {
      trainingPath: dataset.trainingPath,
      validationPath: validationOverride ?? dataset.validationPath,
      datasetPath: dataset.datasetPath,
      datasetName: dataset.name,
      parameters: mergeParameters(dataset.parameters, overrides),
      maxCostUsd: overrides.maxCostUsd ?? dataset.maxCostUsd,
    };
  }
  const trainingPath = resolve(directory, target.path);
  // A file that tuneline.json lists is that dataset, trained by path or by name alike: its model,
  // hyperparameters, validation file and budget.
  const listed = Object.entries(config?.datasets ?? {}).find(
    ([, dataset]) => resolve(directory, dataset.training) === trainingPath,
  );
  if (listed !== undefined) {
    return resolveTrainRequest({ ...options, target: { datasetName: listed[0] } });
  }
  return {
    trainingPath,
    validationPath: validationOverride,
    datasetPath: toRepositoryPath(directory, target.path),
    datasetName: undefined,
    parameters: mergeParameters({}, overrides),
    maxCostUsd: overrides.maxCostUsd ?? config?.maxCostUsd,
  };
}
