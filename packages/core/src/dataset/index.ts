export { maxFileBytes, minimumExamples, recommendedExamples } from './dataset-accumulator.js';
export type { DatasetReport } from './dataset-report.js';
export type { ByteSource } from './read-jsonl-lines.js';
export { type ValidateDatasetOptions, validateDataset } from './validate-dataset.js';
export { validateDatasets } from './validate-datasets.js';
export type { IssueCode, IssueSeverity, ValidationIssue } from './validation-issue.js';
