import { resolve } from 'node:path';
import { TunelineError } from '../errors/tuneline-error.js';
import type { JobParameters } from '../fine-tuning/job-parameters.js';
import { omitUndefined } from '../fine-tuning/omit-undefined.js';
import { closestName } from './closest-name.js';
import type { RepositoryConfig } from './repository-config.js';

/** A tuneline.json dataset made ready for `trainDataset`. */
export interface ResolvedDataset {
  readonly name: string;
  /** Absolute paths, to read the files. */
  readonly trainingPath: string;
  readonly validationPath: string | undefined;
  /** The training file as written in tuneline.json (repository-relative), recorded on the job. */
  readonly datasetPath: string;
  readonly parameters: JobParameters;
  /** The dataset's own budget, else the file's default. */
  readonly maxCostUsd: number | undefined;
}

/**
 * Looks a dataset up by name in a loaded tuneline.json and resolves its paths against the
 * repository root.
 * @example resolveDatasetConfig({ config, name: 'support', directory: repositoryRoot }).parameters.model
 */
export function resolveDatasetConfig(options: {
  config: RepositoryConfig;
  name: string;
  directory: string;
}): ResolvedDataset {
  const { config, name } = options;
  const dataset = Object.hasOwn(config.datasets, name) ? config.datasets[name] : undefined;
  if (dataset === undefined) {
    const names = Object.keys(config.datasets);
    const suggestion = closestName(name, names);
    throw new TunelineError('invalid_config', `tuneline.json has no dataset named "${name}".`, {
      hint:
        names.length === 0
          ? 'Add it under "datasets" in tuneline.json.'
          : `${suggestion === undefined ? '' : `Did you mean "${suggestion}"? `}Datasets: ${names.join(', ')}.`,
    });
  }
  const { training, validation, maxCostUsd, ...parameters } = dataset;
  return {
    name,
    trainingPath: resolve(options.directory, training),
    validationPath: validation === undefined ? undefined : resolve(options.directory, validation),
    datasetPath: training.replace(/\\/g, '/').replace(/^\.\//, ''),
    parameters: omitUndefined(parameters) as JobParameters,
    maxCostUsd: maxCostUsd ?? config.maxCostUsd,
  };
}
