export { cancelJob } from './cancel-job.js';
export { cancelSupersededJobs } from './cancel-superseded-jobs.js';
export { computeFileDigest, type FileDigest } from './compute-file-digest.js';
export { createJobMetadata } from './create-job-metadata.js';
export { createOpenAIClient } from './create-openai-client.js';
export { fetchJobMetrics, type JobMetrics } from './fetch-job-metrics.js';
export { type FindOrCreateJobResult, findOrCreateJob } from './find-or-create-job.js';
export type { FineTuningCheckpoint } from './fine-tuning-checkpoint.js';
export type { FineTuningEvent } from './fine-tuning-event.js';
export type { FineTuningJob, FineTuningJobStatus } from './fine-tuning-job.js';
export type { Grader } from './grader.js';
export type { JobMethod, SupervisedHyperparameters } from './job-method.js';
export type { JobParameters, WandbIntegration } from './job-parameters.js';
export { isTerminalJobStatus } from './job-status.js';
export type { JobUpdate } from './job-update.js';
export { listTunelineJobs, type TunelineJobFilter } from './list-tuneline-jobs.js';
export type { MetricPoint } from './metric-point.js';
export { OpenAIRequestError } from './openai-request-error.js';
export { pauseJob } from './pause-job.js';
export { readJobMetadata } from './read-job-metadata.js';
export { resolveJobMethod } from './resolve-job-method.js';
export { resumeJob } from './resume-job.js';
export { retrieveJob } from './retrieve-job.js';
export { type JobSummary, summarizeJobMetrics } from './summarize-job-metrics.js';
export {
  type TrainDatasetResult,
  type TrainOrigin,
  type TrainReports,
  trainDataset,
} from './train-dataset.js';
export {
  type JobSource,
  type TunelineJobMetadata,
  tunelineMetadataKeys,
} from './tuneline-metadata.js';
export { type UploadedFile, uploadTrainingFile } from './upload-training-file.js';
export { watchJob } from './watch-job.js';
