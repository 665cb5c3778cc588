import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import {
  type ConfigIssue,
  type JobParameters,
  parseRepositoryConfig,
  type RepositoryConfig,
  resolveDatasetConfig,
  resolveTrainRequest,
  TunelineError,
} from '@tuneline/core';
import type { GitHubClient, RepositoryRef } from './github-client.js';
import {
  type ChangedFiles,
  createGlobMatcher,
  listFilesAtCommit,
} from './list-changed-datasets.js';
import { readFileAtCommit } from './read-file-at-commit.js';

/** One dataset to check, with the settings it would train with. */
export interface DatasetTarget {
  readonly name: string;
  readonly path: string;
  readonly validationPath: string | null;
  /** From the base branch's tuneline.json when it names the dataset, else from the PR's. */
  readonly parameters: JobParameters;
  readonly configMaxCostUsd: number | null;
  /** Whether the base branch's tuneline.json names it (training settings come only from there). */
  readonly inBaseConfig: boolean;
  readonly settingsNote: string | null;
}

export interface LoadedConfig {
  /** Null when the file does not exist at that commit. */
  readonly value: RepositoryConfig | null;
  readonly issues: readonly ConfigIssue[];
}

/** Reads and checks tuneline.json at a commit, through the API. */
export async function loadConfigAt(options: {
  octokit: GitHubClient;
  repository: RepositoryRef;
  path: string;
  ref: string;
  directory: string;
  serverUrl: string;
  token: string;
}): Promise<LoadedConfig> {
  const destination = join(options.directory, `config-${options.ref}.json`);
  const file = await readFileAtCommit({ ...options, destination, workspace: undefined });
  if (file.kind === 'missing') return { value: null, issues: [] };
  if (file.kind === 'unreadable') {
    return {
      value: null,
      issues: [
        {
          code: 'invalid_json',
          file: options.path,
          path: '',
          line: null,
          column: null,
          message: `${options.path}: ${file.message}`,
          hint: 'Keep tuneline.json in git, not in Git LFS.',
        },
      ],
    };
  }
  const result = parseRepositoryConfig({
    text: await readFile(file.localPath, 'utf8'),
    file: options.path,
  });
  return result.ok ? { value: result.value, issues: [] } : { value: null, issues: result.issues };
}

/** A dataset's training settings, merged with the workflow's `model` the way every surface merges them. */
function settingsOf(config: RepositoryConfig, name: string, model: string | undefined) {
  try {
    const request = resolveTrainRequest({
      config,
      directory: '/',
      target: { datasetName: name },
      overrides: { model },
    });
    return { parameters: request.parameters, maxCostUsd: request.maxCostUsd ?? null };
  } catch (error) {
    if (!TunelineError.isInstance(error)) throw error;
    // An unknown model is reported on the dataset by validation, with the others' reports.
    const resolved = resolveDatasetConfig({ config, name, directory: '/' });
    return {
      parameters: model === undefined ? resolved.parameters : { ...resolved.parameters, model },
      maxCostUsd: resolved.maxCostUsd ?? null,
    };
  }
}

/**
 * The datasets of tuneline.json: paths from the pull request's version (that is the data it
 * changes), training settings and budgets from the base branch's version only, since a PR must
 * not raise its own budget or switch its own model.
 */
export function datasetsFromConfig(options: {
  configPath: string;
  head: RepositoryConfig;
  base: RepositoryConfig | null;
  modelOverride: string | undefined;
}): DatasetTarget[] {
  const directory = posix.dirname(options.configPath);
  const inRepository = (path: string) =>
    posix.normalize(directory === '.' ? path : posix.join(directory, path)).replace(/^\.\//, '');
  return Object.entries(options.head.datasets).map(([name, dataset]) => {
    const headSettings = settingsOf(options.head, name, options.modelOverride);
    const baseHas = options.base !== null && Object.hasOwn(options.base.datasets, name);
    const baseSettings =
      baseHas && options.base !== null
        ? settingsOf(options.base, name, options.modelOverride)
        : null;
    const chosen = baseSettings ?? headSettings;
    const changed =
      baseSettings !== null && JSON.stringify(baseSettings) !== JSON.stringify(headSettings);
    return {
      name,
      path: inRepository(dataset.training),
      validationPath: dataset.validation === undefined ? null : inRepository(dataset.validation),
      parameters: chosen.parameters,
      configMaxCostUsd: chosen.maxCostUsd,
      inBaseConfig: baseHas,
      settingsNote: changed
        ? `This pull request changes the dataset's settings in ${options.configPath} (${describeChange(baseSettings, headSettings)}); they are validated here and take effect after merge.`
        : null,
    };
  });
}

function describeChange(before: unknown, after: unknown): string {
  const flat = (value: unknown, prefix = ''): Record<string, string> => {
    if (typeof value !== 'object' || value === null) return { [prefix]: JSON.stringify(value) };
    return Object.assign(
      {},
      ...Object.entries(value).map(([key, inner]) =>
        flat(inner, prefix === '' ? key : `${prefix}.${key}`),
      ),
    );
  };
  const left = flat(before);
  const right = flat(after);
  const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])].sort();
  return keys
    .filter((key) => left[key] !== right[key])
    .map((key) => `${key}: ${left[key] ?? 'unset'} → ${right[key] ?? 'unset'}`)
    .join(', ');
}

/** Datasets named by the `datasets` glob, when the repository has no tuneline.json. */
export async function datasetsFromGlob(options: {
  octokit: GitHubClient;
  repository: RepositoryRef;
  glob: string;
  ref: string;
  changed: ChangedFiles | null;
  model: string;
  maxCostUsd: number | null;
}): Promise<DatasetTarget[]> {
  const matches = createGlobMatcher(options.glob);
  const candidates =
    options.changed !== null && options.changed.paths !== null
      ? [...options.changed.paths]
      : await listFilesAtCommit({ ...options });
  return candidates
    .filter(matches)
    .sort()
    .map((path) => ({
      name: path,
      path,
      validationPath: null,
      parameters: { model: options.model },
      configMaxCostUsd: null,
      // The workflow file is the only configuration; it names the model and the budget.
      inBaseConfig: true,
      settingsNote: null,
    }));
}

/** Keeps the datasets a change touched: their files, or their entry in tuneline.json. */
export function selectChanged(options: {
  targets: readonly DatasetTarget[];
  changed: ChangedFiles | null;
  configPath: string;
}): DatasetTarget[] {
  const paths = options.changed?.paths;
  if (paths === null || paths === undefined) return [...options.targets];
  return options.targets.filter(
    (target) =>
      paths.has(target.path) ||
      (target.validationPath !== null && paths.has(target.validationPath)) ||
      (paths.has(options.configPath) && (target.settingsNote !== null || !target.inBaseConfig)),
  );
}
