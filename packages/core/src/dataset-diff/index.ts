export { type DatasetDiff, diffDatasetVersions } from './diff-dataset-versions.js';
