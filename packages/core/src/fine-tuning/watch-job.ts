import type OpenAI from 'openai';
import { TunelineError } from '../errors/tuneline-error.js';
import { callOpenAI } from './call-openai.js';
import { fetchNewEvents } from './fetch-new-events.js';
import type { FineTuningJob, FineTuningJobStatus } from './fine-tuning-job.js';
import { isTerminalJobStatus } from './job-status.js';
import type { JobUpdate } from './job-update.js';
import { OpenAIRequestError } from './openai-request-error.js';
import { readMetricPoint } from './read-metric-point.js';
import { retrieveJob } from './retrieve-job.js';
import { sleep as defaultSleep } from './sleep.js';

interface Clock {
  sleep: (milliseconds: number) => Promise<void>;
  now: () => number;
}

/** A failure that polling again may get past: the SDK already retried it. */
function isTransient(error: unknown): boolean {
  return OpenAIRequestError.isInstance(error) && error.retryable;
}

async function waitForCallableModel(options: {
  client: OpenAI;
  job: FineTuningJob;
  clock: Clock;
  timeoutMilliseconds: number;
  pollIntervalMilliseconds: number;
  maxPollIntervalMilliseconds: number;
}): Promise<{ model: string | null; callable: boolean }> {
  const { client, clock } = options;
  const deadline = clock.now() + options.timeoutMilliseconds;
  let delay = options.pollIntervalMilliseconds;
  let model = options.job.fine_tuned_model;
  for (;;) {
    try {
      if (model === null) {
        model = (await retrieveJob({ client, jobId: options.job.id })).fine_tuned_model;
      }
      if (model !== null) {
        const modelId = model;
        await callOpenAI(`fetch model ${modelId}`, () => client.models.retrieve(modelId));
        return { model, callable: true };
      }
    } catch (error) {
      const notYet = OpenAIRequestError.isInstance(error) && error.status === 404;
      if (!notYet && !isTransient(error)) throw error;
    }
    const remaining = deadline - clock.now();
    if (remaining <= 0) return { model, callable: false };
    await clock.sleep(Math.min(delay, remaining));
    delay = Math.min(delay * 2, options.maxPollIntervalMilliseconds);
  }
}

/**
 * Follows a fine-tuning job until it finishes or the timeout passes, yielding status changes,
 * new events (none missed or repeated) and metrics. Polls with backoff (reset when something
 * changes), tolerates unknown statuses and transient API failures, and after `succeeded` waits
 * until the new model is callable. The last update is always `end`.
 * @example for await (const update of watchJob({ client, jobId })) console.log(update.type);
 */
export async function* watchJob(options: {
  client: OpenAI;
  jobId: string;
  /** First and shortest wait between polls; default 2 s. */
  pollIntervalMilliseconds?: number;
  /** Longest wait between polls when nothing changes; default 30 s. */
  maxPollIntervalMilliseconds?: number;
  /** Stop watching (the job goes on) after this long; default 24 h. */
  timeoutMilliseconds?: number;
  /** After `succeeded`, wait for the model to be callable; default true. */
  waitForModel?: boolean;
  modelReadyTimeoutMilliseconds?: number;
  sleep?: (milliseconds: number) => Promise<void>;
  now?: () => number;
}): AsyncGenerator<JobUpdate, void, undefined> {
  const { client, jobId } = options;
  const clock: Clock = { sleep: options.sleep ?? defaultSleep, now: options.now ?? Date.now };
  const pollInterval = options.pollIntervalMilliseconds ?? 2000;
  const maxPollInterval = Math.max(pollInterval, options.maxPollIntervalMilliseconds ?? 30_000);
  const deadline = clock.now() + (options.timeoutMilliseconds ?? 24 * 60 * 60 * 1000);
  const seen = new Set<string>();
  let previousStatus: FineTuningJobStatus | null = null;
  let lastJob: FineTuningJob | undefined;
  let lastError: unknown;
  let delay = pollInterval;
  for (;;) {
    let changed = false;
    try {
      const job = await retrieveJob({ client, jobId });
      lastJob = job;
      if (job.status !== previousStatus) {
        yield { type: 'status', status: job.status, previousStatus, job };
        previousStatus = job.status;
        changed = true;
      }
      for (const event of await fetchNewEvents({ client, jobId, seen })) {
        changed = true;
        yield { type: 'event', event };
        if (event.type === 'metrics' && typeof event.data === 'object' && event.data !== null) {
          const point = readMetricPoint(event.data as Record<string, unknown>);
          if (point !== undefined) yield { type: 'metrics', point, eventId: event.id };
        }
      }
      if (isTerminalJobStatus(job.status)) {
        if (job.status === 'succeeded' && options.waitForModel !== false) {
          yield {
            type: 'model',
            ...(await waitForCallableModel({
              client,
              job,
              clock,
              timeoutMilliseconds: options.modelReadyTimeoutMilliseconds ?? 10 * 60 * 1000,
              pollIntervalMilliseconds: pollInterval,
              maxPollIntervalMilliseconds: maxPollInterval,
            })),
          };
        }
        yield { type: 'end', reason: 'finished', job };
        return;
      }
    } catch (error) {
      if (!isTransient(error)) throw error;
      lastError = error;
    }
    const remaining = deadline - clock.now();
    if (remaining <= 0) {
      if (lastJob === undefined) {
        throw new TunelineError(
          'timeout',
          `Could not fetch job ${jobId} before the watch timed out.`,
          {
            cause: lastError,
            hint: 'Check the network and OPENAI_BASE_URL, then watch the job again.',
          },
        );
      }
      yield { type: 'end', reason: 'timeout', job: lastJob };
      return;
    }
    delay = changed ? pollInterval : Math.min(delay * 1.5, maxPollInterval);
    await clock.sleep(Math.min(delay, remaining));
  }
}
