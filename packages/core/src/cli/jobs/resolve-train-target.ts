import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadRepositoryConfig } from '../../config/load-repository-config.js';
import { resolveDatasetConfig } from '../../config/resolve-dataset-config.js';
import { TunelineError } from '../../errors/tuneline-error.js';
import type { JobParameters } from '../../fine-tuning/job-parameters.js';

/** What `tuneline train` was asked to train: a file, or a dataset named in tuneline.json. */
export interface TrainTarget {
  readonly trainingPath: string;
  readonly validationPath: string | undefined;
  /** As recorded on the job: repository-relative for tuneline.json datasets. */
  readonly datasetPath: string;
  readonly datasetName: string | undefined;
  /** From tuneline.json; empty for a plain file. */
  readonly parameters: Partial<JobParameters>;
  readonly maxCostUsd: number | undefined;
}

/**
 * Reads `tuneline train`'s first argument: an existing file is trained as given; anything else
 * is looked up as a dataset name in the tuneline.json of the working directory.
 */
export async function resolveTrainTarget(options: {
  target: string;
  cwd: string;
}): Promise<TrainTarget> {
  const { target, cwd } = options;
  const asFile = resolve(cwd, target);
  if (existsSync(asFile)) {
    return {
      trainingPath: asFile,
      validationPath: undefined,
      datasetPath: target.replace(/\\/g, '/').replace(/^\.\//, ''),
      datasetName: undefined,
      parameters: {},
      maxCostUsd: undefined,
    };
  }
  const loaded = await loadRepositoryConfig({ directory: cwd });
  if (!loaded.ok) {
    const details = loaded.issues
      .map((issue) => `  ${issue.message}\n    hint: ${issue.hint}`)
      .join('\n');
    throw new TunelineError('invalid_config', `${loaded.path} is not valid:\n${details}`, {
      hint: 'Fix tuneline.json (editors complete it from its $schema), or name a dataset file.',
    });
  }
  if (loaded.value === null) {
    throw new TunelineError(
      'file_unreadable',
      `No file ${asFile}, and no tuneline.json in ${cwd}.`,
      {
        hint: 'Name a .jsonl dataset file, or a dataset listed in tuneline.json.',
      },
    );
  }
  const dataset = resolveDatasetConfig({ config: loaded.value, name: target, directory: cwd });
  return {
    trainingPath: dataset.trainingPath,
    validationPath: dataset.validationPath,
    datasetPath: dataset.datasetPath,
    datasetName: dataset.name,
    parameters: dataset.parameters,
    maxCostUsd: dataset.maxCostUsd,
  };
}
