import { realpathSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
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
 * A dataset path written inside the repository can still be a symlink (or sit in a symlinked
 * folder) leading out of it: a pull request could then train on any file the runner can read.
 */
function checkInsideRepository(options: { directory: string; path: string; field: string }): void {
  let real: string;
  let root: string;
  try {
    real = realpathSync(options.path);
    root = realpathSync(options.directory);
  } catch {
    // A missing file is reported where it is read, with the reason.
    return;
  }
  const inside = relative(root, real);
  if (
    inside === '' ||
    inside === '..' ||
    inside.startsWith(`..${sep}`) ||
    resolve(root, inside) !== real
  ) {
    throw new TunelineError(
      'invalid_config',
      `${options.field} (${relative(options.directory, options.path)}) is a symlink leading out of the repository, to ${real}.`,
      {
        hint: 'Copy the dataset into the repository instead of linking to it: Tuneline trains only on files the repository holds.',
      },
    );
  }
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
  const trainingPath = resolve(options.directory, training);
  const validationPath =
    validation === undefined ? undefined : resolve(options.directory, validation);
  checkInsideRepository({
    directory: options.directory,
    path: trainingPath,
    field: `datasets.${name}.training`,
  });
  if (validationPath !== undefined)
    checkInsideRepository({
      directory: options.directory,
      path: validationPath,
      field: `datasets.${name}.validation`,
    });
  return {
    name,
    trainingPath,
    validationPath,
    datasetPath: training.replace(/\\/g, '/').replace(/^\.\//, ''),
    parameters: omitUndefined(parameters) as JobParameters,
    maxCostUsd: maxCostUsd ?? config.maxCostUsd,
  };
}
