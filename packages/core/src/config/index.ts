export type { ConfigIssue, ConfigIssueCode } from './config-issue.js';
export {
  type LoadRepositoryConfigResult,
  loadRepositoryConfig,
  repositoryConfigFileName,
} from './load-repository-config.js';
export { parseRepositoryConfig, type RepositoryConfigResult } from './parse-repository-config.js';
export type { DatasetConfig, RepositoryConfig } from './repository-config.js';
export { type ResolvedDataset, resolveDatasetConfig } from './resolve-dataset-config.js';
