// The public API of @tuneline/core: what the CLI, the GitHub Action and the Slack bot build on.
// Every name is listed on purpose; anything not here is internal and may change.

// Charts
export { renderMermaidLossChart, renderSparkline } from './charts/index.js';
// Chat: a conversation trimmed to the model's context, and streaming an answer
export {
  type ChatAnswer,
  type ChatConversation,
  type ChatMessage,
  type ChatTokenUsage,
  createChatConversation,
  streamChatAnswer,
} from './chat/index.js';
// The project's fine-tuned models, for chat surfaces
export { type FineTunedModel, listFineTunedModels } from './chat-models/index.js';
// tuneline.json
export {
  type ConfigIssue,
  type ConfigIssueCode,
  type DatasetConfig,
  type LoadRepositoryConfigResult,
  loadRepositoryConfig,
  parseRepositoryConfig,
  type RepositoryConfig,
  type RepositoryConfigResult,
  type ResolvedDataset,
  repositoryConfigFileName,
  resolveDatasetConfig,
} from './config/index.js';
// Cost
export {
  type AcrossModelsEstimate,
  defaultEpochs,
  estimateAcrossModels,
  estimateTrainingCost,
  type ModelCostEstimate,
  type TrainingCostEstimate,
} from './cost/index.js';
// Datasets
export {
  type ByteSource,
  type DatasetReport,
  type IssueCode,
  type IssueSeverity,
  maxFileBytes,
  minimumExamples,
  recommendedExamples,
  type ValidateDatasetOptions,
  type ValidationIssue,
  validateDataset,
  validateDatasets,
} from './dataset/index.js';
// Dataset versions: what a change adds, removes and changes, and what it costs
export { type DatasetDiff, diffDatasetVersions } from './dataset-diff/index.js';
// Errors
export { TunelineError, type TunelineErrorCode, type TunelineErrorKind } from './errors/index.js';
// Fine-tuning jobs
export {
  cancelJob,
  cancelSupersededJobs,
  checkJobId,
  computeFileDigest,
  createJobMetadata,
  createOpenAIClient,
  type FileDigest,
  type FindOrCreateJobResult,
  type FineTuningCheckpoint,
  type FineTuningEvent,
  type FineTuningJob,
  type FineTuningJobStatus,
  fetchJobMetrics,
  findOrCreateJob,
  type Grader,
  isTerminalJobStatus,
  type JobMethod,
  type JobMetrics,
  type JobParameters,
  type JobSource,
  type JobSummary,
  type JobUpdate,
  listTunelineJobs,
  type MetricPoint,
  OpenAIRequestError,
  pauseJob,
  readJobMetadata,
  resolveJobMethod,
  resumeJob,
  retrieveJob,
  type SupervisedHyperparameters,
  summarizeJobMetrics,
  type TrainDatasetResult,
  type TrainOrigin,
  type TrainReports,
  type TunelineJobFilter,
  type TunelineJobMetadata,
  trainDataset,
  tunelineMetadataKeys,
  type UploadedFile,
  uploadTrainingFile,
  type WandbIntegration,
  watchJob,
} from './fine-tuning/index.js';
// Numbers and money, one way for every surface
export { formatDecimal, formatInteger, formatUsd } from './format/index.js';
// Job views: progress while watching, recent jobs, one job in detail
export {
  describeJob,
  describeRecentJobs,
  type JobDescription,
  type JobDetails,
  type JobOrigin,
  type JobProgress,
  type JobProgressEntry,
  reduceJobProgress,
  type StepSighting,
} from './jobs/index.js';
// The versioned --json shapes
export {
  jsonVersion,
  type ReportJson,
  toStatusJson,
  toTrainJson,
  toValidateJson,
} from './json/index.js';
// Models
export {
  baseModelOf,
  type DatasetFormat,
  type FineTuningMethodType,
  findModel,
  getModel,
  type ModelInfo,
  type ModelPrices,
  modelCatalog,
  modelsForFormat,
  type Source,
} from './models/index.js';
// Pull requests: cancelling the jobs of a closed pull request or of replaced data
export { cancelPullRequestJobs } from './pull-request-jobs/index.js';
// Credentials never leave core in a message: every surface redacts what it prints with this
export { redactSecrets } from './redaction/index.js';
// Tokens
export {
  createTokenCounter,
  getTokenCounter,
  type TokenCounter,
  type TokenEncodingName,
} from './tokens/index.js';
// Train requests: tuneline.json + overrides, merged one way
export {
  resolveTrainRequest,
  type TrainHyperparameterOverrides,
  type TrainOverrides,
  type TrainRequest,
  type TrainTarget,
} from './train/index.js';
