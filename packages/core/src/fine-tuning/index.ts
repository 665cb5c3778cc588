export { cancelJob } from './cancel-job.js';
export { cancelSupersededJobs } from './cancel-superseded-jobs.js';
export { checkJobId } from './check-job-id.js';
export { compareJobsByAge } from './compare-jobs-by-age.js';
export { computeFileDigest, type FileDigest } from './compute-file-digest.js';
export { computeRequestKey } from './compute-request-key.js';
export { createJobMetadata } from './create-job-metadata.js';
export { createOpenAIClient } from './create-openai-client.js';
export { fetchJobMetrics, type JobMetrics } from './fetch-job-metrics.js';
export { fetchNewEvents } from './fetch-new-events.js';
export { type FindOrCreateJobResult, findOrCreateJob } from './find-or-create-job.js';
export { findReusableJobs } from './find-reusable-jobs.js';
export { findUploadedFile } from './find-uploaded-file.js';
export { type FineTuningCheckpoint, fineTuningCheckpointSchema } from './fine-tuning-checkpoint.js';
export { type FineTuningEvent, fineTuningEventSchema } from './fine-tuning-event.js';
export {
  type FineTuningJob,
  type FineTuningJobStatus,
  fineTuningJobSchema,
} from './fine-tuning-job.js';
export { type Grader, graderSchema } from './grader.js';
export { isReusableJob } from './is-reusable-job.js';
export {
  type JobMethod,
  jobMethodSchema,
  type SupervisedHyperparameters,
  supervisedHyperparametersSchema,
} from './job-method.js';
export {
  type JobParameters,
  jobParametersSchema,
  jobParametersShape,
  type WandbIntegration,
  wandbIntegrationSchema,
} from './job-parameters.js';
export { isTerminalJobStatus } from './job-status.js';
export type { JobUpdate } from './job-update.js';
export { listTunelineJobs, type TunelineJobFilter } from './list-tuneline-jobs.js';
export { mergeMetricSeries } from './merge-metric-series.js';
export type { MetricPoint } from './metric-point.js';
export { OpenAIRequestError } from './openai-request-error.js';
export { parseResultCsv } from './parse-result-csv.js';
export { pauseJob } from './pause-job.js';
export { readJobMetadata } from './read-job-metadata.js';
export { readRetryAfter } from './read-retry-after.js';
export { resolveJobMethod } from './resolve-job-method.js';
export { resumeJob } from './resume-job.js';
export { retrieveJob } from './retrieve-job.js';
export { type JobSummary, summarizeJobMetrics } from './summarize-job-metrics.js';
export { toJobCreateParams } from './to-job-create-params.js';
export {
  type TrainDatasetResult,
  type TrainOrigin,
  type TrainReports,
  trainDataset,
} from './train-dataset.js';
export {
  type JobSource,
  jobSources,
  openAIMetadataLimits,
  type TunelineJobMetadata,
  tunelineMetadataKeys,
} from './tuneline-metadata.js';
export { uploadFileName } from './upload-file-name.js';
export { type UploadedFile, uploadLimits, uploadTrainingFile } from './upload-training-file.js';
export { watchJob } from './watch-job.js';
export { wrapOpenAIError } from './wrap-openai-error.js';
