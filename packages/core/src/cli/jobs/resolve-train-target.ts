import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ConfigIssue } from '../../config/config-issue.js';
import { findDatasetOfFile, findRepositoryConfig } from '../../config/find-repository-config.js';
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

function invalidConfig(path: string, issues: readonly ConfigIssue[]): TunelineError {
  const details = issues.map((issue) => `  ${issue.message}\n    hint: ${issue.hint}`).join('\n');
  return new TunelineError('invalid_config', `${path} is not valid:\n${details}`, {
    hint: 'Fix tuneline.json (editors complete it from its $schema), or name a dataset file.',
  });
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
    // The repository's budget holds for every file in it, named or not: a path is no way round it.
    const found = await findRepositoryConfig({ directory: dirname(asFile) });
    if (found !== null && !found.ok) throw invalidConfig(found.path, found.issues);
    const config = found?.value ?? null;
    const listed =
      config === null || found === null
        ? undefined
        : findDatasetOfFile({
            datasets: config.datasets,
            directory: found.directory,
            path: asFile,
          });
    return {
      trainingPath: asFile,
      validationPath: undefined,
      datasetPath: target.replace(/\\/g, '/').replace(/^\.\//, ''),
      datasetName: undefined,
      parameters: {},
      maxCostUsd: listed?.dataset.maxCostUsd ?? config?.maxCostUsd,
    };
  }
  const loaded = await loadRepositoryConfig({ directory: cwd });
  if (!loaded.ok) throw invalidConfig(loaded.path, loaded.issues);
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
