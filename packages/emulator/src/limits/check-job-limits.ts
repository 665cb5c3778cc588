import type { EmulatorClock } from '../clock/emulator-clock.js';
import type { JobRecord } from '../fine-tuning/job-record.js';
import { ApiError } from '../http/api-error.js';
import type { EmulatorLimits } from './emulator-limits.js';
import { rateLimitHeaders } from './rate-limit-headers.js';

const dayMs = 24 * 60 * 60 * 1000;
const activeStatuses = new Set(['validating_files', 'queued', 'running', 'paused']);

/**
 * Answers 429 `rate_limit_exceeded` when creating a job for `model` would exceed the jobs per day
 * or the active jobs per model, with a `retry-after` for when a slot frees up (real time, so the
 * SDK's automatic retry lands just after it).
 */
export function checkJobLimits(options: {
  jobs: Iterable<JobRecord>;
  model: string;
  limits: EmulatorLimits;
  clock: EmulatorClock;
}): void {
  const { limits, clock, model } = options;
  const now = clock.emulatedNow();
  const jobs = [...options.jobs];
  if (limits.jobsPerDay !== undefined) {
    const today = jobs
      .map((record) => record.createdEmulatedMs)
      .filter((created) => created > now - dayMs)
      .sort((left, right) => left - right);
    if (today.length >= limits.jobsPerDay) {
      const oldest = today[today.length - limits.jobsPerDay] ?? now;
      throw new ApiError(
        429,
        `This fine-tune request has been rate-limited. Your organization has reached the maximum of ${limits.jobsPerDay} fine-tuning jobs per day.`,
        {
          code: 'rate_limit_exceeded',
          headers: rateLimitHeaders({
            limit: limits.jobsPerDay,
            remaining: 0,
            retryAfterMs: clock.toRealMs(oldest + dayMs - now),
          }),
        },
      );
    }
  }
  if (limits.activeJobsPerModel !== undefined) {
    const active = jobs.filter(
      (record) => record.job.model === model && activeStatuses.has(record.job.status),
    );
    if (active.length >= limits.activeJobsPerModel) {
      // A paused job has no end in sight: then suggest a minute of emulated time.
      const ends = active.map((record) =>
        record.phase === 'paused' ? now + 60_000 : record.expectedEndEmulatedMs,
      );
      const soonest = Math.min(...ends);
      throw new ApiError(
        429,
        `This fine-tune request has been rate-limited. Your organization has reached the maximum of ${limits.activeJobsPerModel} active fine-tuning jobs for ${model} (validating, queued, running or paused).`,
        {
          code: 'rate_limit_exceeded',
          headers: rateLimitHeaders({
            limit: limits.activeJobsPerModel,
            remaining: 0,
            // A little slack, as timers fire late on a busy machine.
            retryAfterMs: clock.toRealMs(Math.max(0, soonest - now)) * 1.1 + 10,
          }),
        },
      );
    }
  }
}
