import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { type LoadRepositoryConfigResult, loadRepositoryConfig } from './load-repository-config.js';
import type { DatasetConfig } from './repository-config.js';

/**
 * Finds the tuneline.json that governs a directory: the nearest one at or above it, without
 * looking past the repository's root (the directory holding `.git`). Null when there is none.
 * @example const found = await findRepositoryConfig({ directory: dirname(datasetPath) });
 */
export async function findRepositoryConfig(options: {
  directory: string;
}): Promise<(LoadRepositoryConfigResult & { readonly directory: string }) | null> {
  let directory = resolve(options.directory);
  for (;;) {
    if (existsSync(join(directory, 'tuneline.json'))) {
      return { ...(await loadRepositoryConfig({ directory })), directory };
    }
    const parent = dirname(directory);
    if (existsSync(join(directory, '.git')) || parent === directory) return null;
    directory = parent;
  }
}

/** The dataset of tuneline.json whose training or validation file is `path`, if one is. */
export function findDatasetOfFile(options: {
  datasets: Readonly<Record<string, DatasetConfig>>;
  /** Where tuneline.json is: its paths are relative to it. */
  directory: string;
  path: string;
}): { readonly name: string; readonly dataset: DatasetConfig } | undefined {
  const target = resolve(options.path);
  for (const [name, dataset] of Object.entries(options.datasets)) {
    for (const file of [dataset.training, dataset.validation]) {
      if (file !== undefined && relative(resolve(options.directory, file), target) === '')
        return { name, dataset };
    }
  }
  return undefined;
}
