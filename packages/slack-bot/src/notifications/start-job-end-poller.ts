import type { Logger } from '@slack/bolt';
import { isTerminalJobStatus } from '@tuneline/core';
import OpenAI from 'openai';
import type { StateStore } from '../store/state-store.js';
import type { AnnounceJobEnd } from './announce-job-end.js';

/** How long a replica remembers, in the shared store, that a job was seen running. */
const seenRunningSeconds = 30 * 24 * 60 * 60;
const maxBackoffFactor = 16;
const listLimit = 50;

export interface JobEndPoller {
  /** One pass over the project's recent jobs (the timer calls it; tests may too). */
  pollOnce(): Promise<void>;
  /**
   * Settles after the first pass (successful or not): from then on, a job that ends is announced.
   * The bot waits for it before it says it is running.
   */
  readonly firstPass: Promise<void>;
  /** Stops the timer and waits for a pass in flight. */
  stop(): Promise<void>;
}

/** The wait a 429 asks for: OpenAI's precise `retry-after-ms`, else `retry-after` in seconds. */
function retryAfterMs(error: InstanceType<typeof OpenAI.APIError>): number | undefined {
  const milliseconds = Number(error.headers?.get?.('retry-after-ms') ?? Number.NaN);
  if (Number.isFinite(milliseconds)) return milliseconds;
  const seconds = Number(error.headers?.get?.('retry-after') ?? Number.NaN);
  return Number.isFinite(seconds) ? seconds * 1000 : undefined;
}

/**
 * Announces job ends without webhooks: polls the project's recent fine-tuning jobs every
 * `intervalMs` (doubling the wait after a 429, up to 16×, and honouring Retry-After). Jobs that
 * had already ended at the first pass are not announced, unless the shared store says a replica
 * saw them running before (then they ended while no bot was up). The announcer's per-job claim
 * makes each end announced once across replicas and, with Redis, across restarts.
 * @example const poller = startJobEndPoller({ openai, store, announce, intervalMs: 30_000, shared: true, logger });
 */
export function startJobEndPoller(options: {
  openai: OpenAI;
  store: StateStore;
  announce: AnnounceJobEnd;
  intervalMs: number;
  /** Whether `store` outlives this process (Redis); memory stores forget on restart. */
  shared: boolean;
  logger: Logger;
}): JobEndPoller {
  const { openai, store, announce, intervalMs, shared, logger } = options;
  const seenRunning = new Set<string>();
  const markedRunning = new Set<string>();
  const baseline = new Set<string>();
  const handled = new Set<string>();
  let baselinePending = true;
  let delayMs = intervalMs;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> | undefined;
  let stopped = false;

  async function wasSeenRunningByAnyReplica(jobId: string): Promise<boolean> {
    if (seenRunning.has(jobId)) return true;
    if (!shared) return false;
    // A plain read: claiming and releasing to look would tell a replica starting at the same
    // moment that the job was seen running, and it would announce a job that ended long ago.
    return store.isClaimed(`job-seen-running:${jobId}`);
  }

  async function listJobs(): Promise<OpenAI.FineTuning.FineTuningJob[]> {
    const page = await openai.fineTuning.jobs.list({ limit: listLimit });
    const jobs = [...page.data];
    const listed = new Set(jobs.map((job) => job.id));
    // A job still running that newer jobs pushed off the first page.
    for (const jobId of seenRunning) {
      if (!listed.has(jobId) && !handled.has(jobId)) {
        jobs.push(await openai.fineTuning.jobs.retrieve(jobId));
      }
    }
    return jobs;
  }

  async function pollOnce(): Promise<void> {
    const jobs = await listJobs();
    for (const job of jobs) {
      if (handled.has(job.id)) continue;
      if (!isTerminalJobStatus(job.status)) {
        seenRunning.add(job.id);
        if (shared && !markedRunning.has(job.id)) {
          await store.claim(`job-seen-running:${job.id}`, seenRunningSeconds);
          markedRunning.add(job.id);
        }
        continue;
      }
      if (baselinePending) baseline.add(job.id);
      const eligible = !baseline.has(job.id) || (await wasSeenRunningByAnyReplica(job.id));
      if (!eligible) {
        handled.add(job.id);
        continue;
      }
      try {
        const outcome = await announce(job.id);
        if (outcome !== 'not-ended') handled.add(job.id);
        if (outcome === 'announced') logger.info(`Announced the end of ${job.id} (polling).`);
      } catch (error) {
        logger.warn(
          `Could not announce ${job.id}; will retry on the next poll: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      seenRunning.delete(job.id);
    }
    baselinePending = false;
  }

  async function tick(): Promise<void> {
    try {
      await pollOnce();
      delayMs = intervalMs;
    } catch (error) {
      if (error instanceof OpenAI.APIError && error.status === 429) {
        delayMs = Math.max(
          Math.min(delayMs * 2, intervalMs * maxBackoffFactor),
          retryAfterMs(error) ?? 0,
        );
        logger.warn(
          `OpenAI rate-limited the job poller; next poll in ${(delayMs / 1000).toFixed(1)} s.`,
        );
      } else {
        logger.warn(`Job poll failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  let firstPassDone: () => void = () => undefined;
  const firstPass = new Promise<void>((resolve) => {
    firstPassDone = resolve;
  });

  function schedule(wait: number): void {
    if (stopped) return;
    timer = setTimeout(() => {
      inFlight = tick().finally(() => {
        inFlight = undefined;
        firstPassDone();
        schedule(delayMs);
      });
    }, wait);
    timer.unref();
  }

  schedule(0);
  return {
    firstPass,
    pollOnce,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      firstPassDone();
      await inFlight;
    },
  };
}
