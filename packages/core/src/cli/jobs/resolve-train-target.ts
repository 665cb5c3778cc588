import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadRepositoryConfig } from '../../config/load-repository-config.js';
import type { RepositoryConfig } from '../../config/repository-config.js';
import { TunelineError } from '../../errors/tuneline-error.js';
import type { TrainTarget } from '../../train/resolve-train-request.js';
import { describeInvalidConfig } from '../describe-invalid-config.js';

/**
 * Reads `tuneline train`'s first argument: an existing file is trained as given; anything else
 * is looked up as a dataset name in the tuneline.json of the working directory, which is
 * loaded either way (its budget applies to every file of the repository).
 */
export async function resolveTrainTarget(options: {
  target: string;
  cwd: string;
}): Promise<{ target: TrainTarget; config: RepositoryConfig | null }> {
  const { target, cwd } = options;
  const asFile = resolve(cwd, target);
  const isFile = existsSync(asFile);
  const loaded = await loadRepositoryConfig({ directory: cwd });
  if (!loaded.ok) throw describeInvalidConfig(loaded.path, loaded.issues);
  if (isFile) return { target: { path: target }, config: loaded.value };
  if (loaded.value === null) {
    throw new TunelineError(
      'file_unreadable',
      `No file ${asFile}, and no tuneline.json in ${cwd}.`,
      {
        hint: 'Name a .jsonl dataset file, or a dataset listed in tuneline.json.',
      },
    );
  }
  return { target: { datasetName: target }, config: loaded.value };
}
