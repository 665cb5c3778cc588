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
  signal: AbortSignal | undefined;
}): Promise<{ model: string | null; callable: boolean }> {
  const { client, clock } = options;
  const deadline = clock.now() + options.timeoutMilliseconds;
  let delay = options.pollIntervalMilliseconds;
  let model = options.job.fine_tuned_model;
  while (options.signal?.aborted !== true) {
    try {
      if (model === null) {
        model = (await retrieveJob({ client, jobId: options.job.id, signal: options.signal }))
          .fine_tuned_model;
      }
      if (model !== null) {
        const modelId = model;
        await callOpenAI(`fetch model ${modelId}`, () =>
          client.models.retrieve(
            modelId,
            options.signal === undefined ? undefined : { signal: options.signal },
          ),
        );
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
  return { model, callable: false };
}

function abortableSleep(
  sleep: (milliseconds: number) => Promise<void>,
  signal: AbortSignal | undefined,
): (milliseconds: number) => Promise<void> {
  if (signal === undefined) return sleep;
  return (milliseconds) =>
    new Promise<void>((resolve) => {
      if (signal.aborted) return resolve();
      const onAbort = () => resolve();
      signal.addEventListener('abort', onAbort, { once: true });
      void sleep(milliseconds).then(() => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      });
    });
}

/**
 * Follows a fine-tuning job until it finishes or the timeout passes, yielding new events (none
 * missed or repeated), metrics and status changes; each poll yields its events before the status
 * they led to. Polls with backoff (reset when something changes), tolerates unknown statuses and
 * transient API failures, and after `succeeded` waits until the new model is callable. The last
 * update is always `end`, unless `signal` aborts: then the updates simply stop (the job goes on).
 * @example for await (const update of watchJob({ client, jobId, signal })) console.log(update.type);
 */
export async function* watchJob(options: {
  client: OpenAI;
  jobId: string;
  /** Stops watching: pending requests are aborted and no more updates come. */
  signal?: AbortSignal | undefined;
  /** First and shortest wait between polls; default 2 s. */
  pollIntervalMilliseconds?: number | undefined;
  /** Longest wait between polls when nothing changes; default 30 s. */
  maxPollIntervalMilliseconds?: number | undefined;
  /** Stop watching (the job goes on) after this long; default 24 h. */
  timeoutMilliseconds?: number | undefined;
  /** After `succeeded`, wait for the model to be callable; default true. */
  waitForModel?: boolean;
  modelReadyTimeoutMilliseconds?: number;
  sleep?: (milliseconds: number) => Promise<void>;
  now?: () => number;
}): AsyncGenerator<JobUpdate, void, undefined> {
  const { client, jobId, signal } = options;
  const clock: Clock = {
    sleep: abortableSleep(options.sleep ?? defaultSleep, signal),
    now: options.now ?? Date.now,
  };
  const pollInterval = options.pollIntervalMilliseconds ?? 2000;
  const maxPollInterval = Math.max(pollInterval, options.maxPollIntervalMilliseconds ?? 30_000);
  const deadline = clock.now() + (options.timeoutMilliseconds ?? 24 * 60 * 60 * 1000);
  const seen = new Set<string>();
  let previousStatus: FineTuningJobStatus | null = null;
  let lastJob: FineTuningJob | undefined;
  let lastError: unknown;
  let delay = pollInterval;
  const aborted = () => signal?.aborted === true;
  while (!aborted()) {
    let changed = false;
    try {
      // Events first, then the job: the status shown after them is at least as new.
      const events = await fetchNewEvents({ client, jobId, seen, signal });
      let job: FineTuningJob | undefined;
      try {
        job = await retrieveJob({ client, jobId, signal });
        lastJob = job;
        // A job that finished meanwhile has its last events out: they come before its end.
        if (isTerminalJobStatus(job.status)) {
          events.push(...(await fetchNewEvents({ client, jobId, seen, signal })));
        }
      } catch (error) {
        if (aborted()) return;
        if (!isTransient(error)) throw error;
        lastError = error;
        // The events already fetched are yielded below; the status waits for the next poll.
        job = undefined;
      }
      for (const event of events) {
        changed = true;
        yield { type: 'event', event };
        if (event.type === 'metrics' && typeof event.data === 'object' && event.data !== null) {
          const point = readMetricPoint(event.data as Record<string, unknown>);
          if (point !== undefined) yield { type: 'metrics', point, eventId: event.id };
        }
      }
      if (job !== undefined && job.status !== previousStatus) {
        yield { type: 'status', status: job.status, previousStatus, job };
        previousStatus = job.status;
        changed = true;
      }
      if (job !== undefined && isTerminalJobStatus(job.status)) {
        if (job.status === 'succeeded' && options.waitForModel !== false) {
          const model = await waitForCallableModel({
            client,
            job,
            clock,
            timeoutMilliseconds: options.modelReadyTimeoutMilliseconds ?? 10 * 60 * 1000,
            pollIntervalMilliseconds: pollInterval,
            maxPollIntervalMilliseconds: maxPollInterval,
            signal,
          });
          if (aborted()) return;
          yield { type: 'model', ...model };
        }
        yield { type: 'end', reason: 'finished', job };
        return;
      }
    } catch (error) {
      if (aborted()) return;
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
