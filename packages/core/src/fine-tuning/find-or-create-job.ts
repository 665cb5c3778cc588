import type OpenAI from 'openai';
import type { JobCreateParams } from 'openai/resources/fine-tuning/jobs/jobs';
import { TunelineError } from '../errors/tuneline-error.js';
import { compareJobsByAge } from './compare-jobs-by-age.js';
import { findReusableJobs } from './find-reusable-jobs.js';
import { type FineTuningJob, fineTuningJobSchema } from './fine-tuning-job.js';
import { isTerminalJobStatus } from './job-status.js';
import { OpenAIRequestError } from './openai-request-error.js';
import { parseApiResponse } from './parse-api-response.js';
import { singleFlight } from './single-flight.js';
import { sleep as defaultSleep } from './sleep.js';
import { tunelineMetadataKeys } from './tuneline-metadata.js';
import { wrapOpenAIError } from './wrap-openai-error.js';

export interface FindOrCreateJobResult {
  /** The one job for this request key: the oldest active or succeeded one. */
  readonly job: FineTuningJob;
  /** Whether this call created the job (false when an existing one was returned). */
  readonly created: boolean;
  /** Younger duplicates of the same request (from a create retried after its response was lost, or a race with another process), cancelled. */
  readonly cancelledDuplicates: readonly FineTuningJob[];
}

const createOperation = 'create the fine-tuning job';

/** The SDK's own backoff: 0.5 s doubling to 8 s, with up to 25 % jitter. */
function backoffMilliseconds(attempt: number): number {
  return Math.min(500 * 2 ** (attempt - 1), 8000) * (1 - Math.random() * 0.25);
}

async function keepOldest(options: {
  client: OpenAI;
  requestKey: string;
  candidate: FineTuningJob | undefined;
}): Promise<{ keeper: FineTuningJob; duplicates: FineTuningJob[] }> {
  const listed = await findReusableJobs({ client: options.client, requestKey: options.requestKey });
  const { candidate } = options;
  const jobs =
    candidate !== undefined && !listed.some((job) => job.id === candidate.id)
      ? [...listed, candidate].sort(compareJobsByAge)
      : listed;
  // Every process sees the jobs in the order OpenAI created them and keeps the first; nobody
  // cancels the first, so exactly one job survives however the processes interleave.
  const [keeper, ...younger] = jobs;
  if (keeper === undefined) {
    throw new TunelineError('openai_api', 'The fine-tuning job Tuneline created is not listed.', {
      hint: 'Run the command again: Tuneline finds the job by its request key instead of creating another.',
    });
  }
  const duplicates: FineTuningJob[] = [];
  for (const job of younger) {
    if (isTerminalJobStatus(job.status)) continue;
    try {
      const cancelled = await options.client.fineTuning.jobs.cancel(job.id);
      duplicates.push(
        parseApiResponse({
          schema: fineTuningJobSchema,
          value: cancelled,
          what: 'fine-tuning job',
        }),
      );
    } catch (error) {
      const wrapped = wrapOpenAIError(error, { operation: `cancel duplicate job ${job.id}` });
      // A duplicate that finished in the meantime cannot be cancelled, and needs not be.
      if (
        OpenAIRequestError.isInstance(wrapped) &&
        wrapped.status !== undefined &&
        wrapped.status < 500 &&
        wrapped.status !== 429
      ) {
        continue;
      }
      throw wrapped;
    }
  }
  return { keeper, duplicates };
}

/**
 * Returns the active or succeeded job for a request key, creating it only when there is none.
 * OpenAI has no idempotency key, so a create that fails without an answer is never blindly
 * resent: Tuneline lists jobs by the key first, and after creating, cancels any younger
 * duplicate. Concurrent calls on one client share one attempt. A 429 that persists becomes a
 * `rate_limited` error carrying the time OpenAI asked to wait.
 * @example await findOrCreateJob({ client, requestKey, createParams })
 */
export async function findOrCreateJob(options: {
  client: OpenAI;
  requestKey: string;
  /** The job to create; its metadata must carry the request key. */
  createParams: JobCreateParams;
  sleep?: (milliseconds: number) => Promise<void>;
  /** Create attempts before giving up; defaults to the client's retries + 1. */
  maxAttempts?: number;
  /** A 429 asking to wait longer than this is reported at once instead of waited out. */
  maxRetryAfterSeconds?: number;
}): Promise<FindOrCreateJobResult> {
  const { client, requestKey, createParams } = options;
  if (createParams.metadata?.[tunelineMetadataKeys.requestKey] !== requestKey) {
    throw new TunelineError(
      'invalid_argument',
      'The job to create does not carry its request key in metadata.',
      {
        hint: `Set metadata.${tunelineMetadataKeys.requestKey} so the job can be found again.`,
      },
    );
  }
  const sleep = options.sleep ?? defaultSleep;
  const maxAttempts = Math.max(1, options.maxAttempts ?? client.maxRetries + 1);
  const maxRetryAfterSeconds = options.maxRetryAfterSeconds ?? 60;
  return singleFlight({
    owner: client,
    key: `job:${requestKey}`,
    work: async () => {
      // Set when a create failed without an answer (connection lost, 5xx): it may have happened.
      let createMayHaveHappened = false;
      for (let attempt = 1; ; attempt++) {
        const [existing] = await findReusableJobs({ client, requestKey });
        if (existing !== undefined) {
          if (!createMayHaveHappened) {
            return { job: existing, created: false, cancelledDuplicates: [] };
          }
          const { keeper, duplicates } = await keepOldest({
            client,
            requestKey,
            candidate: undefined,
          });
          return { job: keeper, created: true, cancelledDuplicates: duplicates };
        }
        try {
          // No SDK retry here: a retried create whose first response was lost bills twice.
          const response = await client.fineTuning.jobs.create(createParams, { maxRetries: 0 });
          const created = parseApiResponse({
            schema: fineTuningJobSchema,
            value: response,
            what: 'fine-tuning job',
          });
          const { keeper, duplicates } = await keepOldest({
            client,
            requestKey,
            candidate: created,
          });
          return {
            job: keeper,
            created: keeper.id === created.id,
            cancelledDuplicates: duplicates,
          };
        } catch (error) {
          const wrapped = wrapOpenAIError(error, { operation: createOperation });
          if (OpenAIRequestError.isInstance(wrapped) && (wrapped.status ?? 500) >= 500) {
            createMayHaveHappened = true;
          }
          if (
            !OpenAIRequestError.isInstance(wrapped) ||
            !wrapped.retryable ||
            attempt >= maxAttempts
          )
            throw wrapped;
          const retryAfter = wrapped.retryAfterSeconds;
          if (retryAfter !== undefined && retryAfter > maxRetryAfterSeconds) throw wrapped;
          await sleep(retryAfter === undefined ? backoffMilliseconds(attempt) : retryAfter * 1000);
        }
      }
    },
  });
}
