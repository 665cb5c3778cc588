import type OpenAI from 'openai';
import type { DatasetReport } from '../dataset/dataset-report.js';
import { validateDatasets } from '../dataset/validate-datasets.js';
import type { ValidationIssue } from '../dataset/validation-issue.js';
import { cancelSupersededJobs } from './cancel-superseded-jobs.js';
import { chosenEpochs } from './chosen-epochs.js';
import { computeFileDigest } from './compute-file-digest.js';
import { computeRequestKey } from './compute-request-key.js';
import { createJobMetadata } from './create-job-metadata.js';
import { findOrCreateJob } from './find-or-create-job.js';
import { findReusableJobs } from './find-reusable-jobs.js';
import type { FineTuningJob } from './fine-tuning-job.js';
import type { JobParameters } from './job-parameters.js';
import { OpenAIRequestError } from './openai-request-error.js';
import { resolveJobMethod } from './resolve-job-method.js';
import { singleFlight } from './single-flight.js';
import { toJobCreateParams } from './to-job-create-params.js';
import type { JobSource } from './tuneline-metadata.js';
import { type UploadedFile, uploadTrainingFile } from './upload-training-file.js';

/** Where a training request came from, recorded on the job. */
export interface TrainOrigin {
  readonly source: JobSource;
  /** `owner/name`. */
  readonly repository?: string | undefined;
  readonly pullRequest?: number | undefined;
  readonly commit?: string | undefined;
}

export interface TrainReports {
  readonly training: DatasetReport;
  readonly validation?: DatasetReport | undefined;
}

/** What `trainDataset` did, as plain data for the CLI, the Action and the bot to render. */
export type TrainDatasetResult =
  | {
      /** `started`: a job was created now; `existing`: the same training was already running or done. */
      readonly status: 'started' | 'existing';
      readonly job: FineTuningJob;
      readonly requestKey: string;
      readonly reports: TrainReports;
      readonly estimatedCostUsd: number | null;
      readonly maxCostUsd: number | null;
      /** The uploads; null when an existing job made them unnecessary. */
      readonly trainingFile: UploadedFile | null;
      readonly validationFile: UploadedFile | null;
      /** Younger duplicate jobs of this request found and cancelled. */
      readonly cancelledDuplicates: readonly FineTuningJob[];
      /** Older active jobs of the same dataset and pull request, cancelled. */
      readonly supersededJobs: readonly FineTuningJob[];
    }
  | { readonly status: 'invalid'; readonly reports: TrainReports }
  | {
      /**
       * The data looks like it holds credentials (`possible_secret` warnings), and the caller did
       * not pass `allowPossibleSecrets`: a tuned model can repeat its training data word for word.
       */
      readonly status: 'possible_secret';
      readonly reports: TrainReports;
      /** Lines flagged, in both files (the listed ones; `count` has them all). */
      readonly issues: readonly ValidationIssue[];
      readonly count: number;
    }
  | {
      readonly status: 'over_budget';
      readonly reports: TrainReports;
      readonly estimatedCostUsd: number;
      readonly maxCostUsd: number;
      readonly overByUsd: number;
    }
  | {
      /** OpenAI answered 429 to the create: a quota (active jobs, jobs per day) or rate limit. */
      readonly status: 'rate_limited';
      readonly reports: TrainReports;
      readonly requestKey: string;
      readonly retryAfterSeconds: number | null;
      readonly message: string;
      readonly hint: string | null;
      readonly requestId: string | null;
    };

/**
 * Trains a dataset end to end: validates it, refuses when the estimate exceeds `maxCostUsd`,
 * returns the existing job when the same data and parameters were already trained or are
 * training (uploading nothing), else uploads the files (reusing identical uploads) and creates
 * the job exactly once. Optionally cancels the older active jobs of the same dataset and PR.
 * @example
 * const result = await trainDataset({
 *   client, training: 'data/train.jsonl', parameters: { model: 'gpt-4o-mini-2024-07-18' },
 *   maxCostUsd: 5, origin: { source: 'cli' },
 * });
 */
export async function trainDataset(options: {
  client: OpenAI;
  /** Path of the training file on disk. */
  training: string;
  validation?: string | undefined;
  /** The training file's repository-relative path, recorded on the job; defaults to `training`. */
  datasetPath?: string | undefined;
  /** The dataset's name in tuneline.json. */
  datasetName?: string | undefined;
  parameters: JobParameters;
  maxCostUsd?: number | undefined;
  /**
   * Upload even when the data seems to hold credentials. False unless set: only a person who
   * looked at the warnings should set it (the Action and the bot never do).
   */
  allowPossibleSecrets?: boolean;
  origin: TrainOrigin;
  /** Cancel older active jobs of the same dataset and pull request (needs `origin.pullRequest`). */
  cancelSuperseded?: boolean;
  extraMetadata?: Readonly<Record<string, string>>;
  upload?: { filesApiLimitBytes?: number; partBytes?: number };
  sleep?: (milliseconds: number) => Promise<void>;
}): Promise<TrainDatasetResult> {
  const { client, parameters, origin } = options;
  const method = resolveJobMethod(parameters);
  const epochs = chosenEpochs(parameters);
  const validated = await validateDatasets({
    model: parameters.model,
    method: method.type,
    ...(epochs === undefined ? {} : { epochs }),
    training: { source: options.training, name: options.datasetPath ?? options.training },
    ...(options.validation === undefined ? {} : { validation: { source: options.validation } }),
  });
  const reports: TrainReports = validated;
  if (validated.training.errorCount > 0 || (validated.validation?.errorCount ?? 0) > 0) {
    return { status: 'invalid', reports };
  }
  if (options.allowPossibleSecrets !== true) {
    const checked = [validated.training, validated.validation].filter(
      (report): report is DatasetReport => report !== undefined,
    );
    const issues = checked.flatMap((report) =>
      report.issues.filter((issue) => issue.code === 'possible_secret'),
    );
    const count = checked.reduce(
      (sum, report) =>
        sum +
        report.issues.filter((issue) => issue.code === 'possible_secret').length +
        (report.omittedIssuesByCode.possible_secret ?? 0),
      0,
    );
    if (count > 0) return { status: 'possible_secret', reports, issues, count };
  }
  const estimatedCostUsd = validated.training.estimatedCostUsd;
  const maxCostUsd = options.maxCostUsd ?? null;
  if (maxCostUsd !== null && estimatedCostUsd !== null && estimatedCostUsd > maxCostUsd) {
    return {
      status: 'over_budget',
      reports,
      estimatedCostUsd,
      maxCostUsd,
      overByUsd: estimatedCostUsd - maxCostUsd,
    };
  }

  const [trainingDigest, validationDigest] = await Promise.all([
    computeFileDigest(options.training),
    options.validation === undefined ? undefined : computeFileDigest(options.validation),
  ]);
  const requestKey = computeRequestKey({
    trainingSha256: trainingDigest.sha256,
    validationSha256: validationDigest?.sha256,
    parameters,
  });
  const datasetPath = options.datasetPath ?? options.training;
  const metadata = createJobMetadata({
    tuneline: {
      datasetPath,
      datasetName: options.datasetName,
      datasetSha256: trainingDigest.sha256,
      requestKey,
      source: origin.source,
      repository: origin.repository,
      pullRequest: origin.pullRequest,
      commit: origin.commit,
    },
    extra: options.extraMetadata,
  });
  const common = { requestKey, reports, estimatedCostUsd, maxCostUsd };

  return singleFlight({
    owner: client,
    key: `train:${requestKey}`,
    work: async (): Promise<TrainDatasetResult> => {
      const cancelSuperseded = async (keep: FineTuningJob): Promise<FineTuningJob[]> =>
        options.cancelSuperseded === true && origin.pullRequest !== undefined
          ? cancelSupersededJobs({
              client,
              keep,
              datasetPath,
              pullRequest: origin.pullRequest,
              repository: origin.repository,
            })
          : [];
      const [existing] = await findReusableJobs({ client, requestKey });
      if (existing !== undefined) {
        return {
          status: 'existing',
          job: existing,
          ...common,
          trainingFile: null,
          validationFile: null,
          cancelledDuplicates: [],
          supersededJobs: await cancelSuperseded(existing),
        };
      }
      const uploadOptions = options.upload ?? {};
      const [trainingFile, validationFile] = await Promise.all([
        uploadTrainingFile({
          client,
          path: options.training,
          digest: trainingDigest,
          ...uploadOptions,
        }),
        options.validation === undefined || validationDigest === undefined
          ? null
          : uploadTrainingFile({
              client,
              path: options.validation,
              digest: validationDigest,
              ...uploadOptions,
            }),
      ]);
      let created: Awaited<ReturnType<typeof findOrCreateJob>>;
      try {
        created = await findOrCreateJob({
          client,
          requestKey,
          createParams: toJobCreateParams({
            parameters,
            trainingFileId: trainingFile.fileId,
            validationFileId: validationFile?.fileId,
            metadata,
          }),
          ...(options.sleep === undefined ? {} : { sleep: options.sleep }),
        });
      } catch (error) {
        if (OpenAIRequestError.isInstance(error) && error.code === 'rate_limited') {
          return {
            status: 'rate_limited',
            reports,
            requestKey,
            retryAfterSeconds: error.retryAfterSeconds ?? null,
            message: error.message,
            hint: error.hint ?? null,
            requestId: error.requestId ?? null,
          };
        }
        throw error;
      }
      const supersededJobs = await cancelSuperseded(created.job);
      return {
        status: created.created ? 'started' : 'existing',
        job: created.job,
        ...common,
        trainingFile,
        validationFile,
        cancelledDuplicates: created.cancelledDuplicates,
        supersededJobs,
      };
    },
  });
}
