import type { FineTuningEvent } from '../fine-tuning/fine-tuning-event.js';
import type { FineTuningJob, FineTuningJobStatus } from '../fine-tuning/fine-tuning-job.js';
import { isTerminalJobStatus } from '../fine-tuning/job-status.js';
import type { JobUpdate } from '../fine-tuning/job-update.js';
import type { JobProgress, StepSighting } from './job-progress.js';

/** A pace measured over less than this is noise (event times have whole seconds). */
const minimumPaceSpanMs = 1000;

function readNumber(data: unknown, field: string): number | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const value = (data as Record<string, unknown>)[field];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function emptyProgress(now: number): JobProgress {
  return {
    jobId: '',
    status: null,
    step: 0,
    totalSteps: null,
    startedAt: now,
    elapsedMs: 0,
    etaMs: null,
    losses: [],
    validationLosses: [],
    events: [],
    timeline: [],
    fineTunedModel: null,
    modelCallable: null,
    job: null,
    finished: false,
    endReason: null,
    error: null,
    heldStatus: null,
    firstStep: null,
    lastStep: null,
  };
}

/**
 * Milliseconds per step, from the job's own event times when they span long enough (a watcher
 * that sees a hundred steps in one poll would otherwise think they took no time), else from when
 * the watcher saw them; null when neither spans a second yet.
 */
function paceOf(first: StepSighting | null, last: StepSighting | null): number | null {
  if (first === null || last === null || last.step <= first.step) return null;
  const steps = last.step - first.step;
  const jobSpan = last.eventAtMs - first.eventAtMs;
  if (jobSpan >= minimumPaceSpanMs) return jobSpan / steps;
  const seenSpan = last.seenAtMs - first.seenAtMs;
  if (seenSpan >= minimumPaceSpanMs) return seenSpan / steps;
  return null;
}

function etaOf(progress: JobProgress): number | null {
  if (progress.finished || progress.totalSteps === null) return null;
  if (progress.step >= progress.totalSteps) return 0;
  const pace = paceOf(progress.firstStep, progress.lastStep);
  return pace === null ? null : Math.round(pace * (progress.totalSteps - progress.step));
}

function errorOf(job: FineTuningJob): JobProgress['error'] {
  return job.error === null ? null : { code: job.error.code, message: job.error.message };
}

/** Logs a change of status; the same status again is not a change. */
function showStatus(progress: JobProgress, status: FineTuningJobStatus): JobProgress {
  if (progress.status === status) return progress;
  return {
    ...progress,
    status,
    timeline: [
      ...progress.timeline,
      { type: 'status', status, previousStatus: progress.status, elapsedMs: progress.elapsedMs },
    ],
  };
}

/** Shows a held final status, after the events that came before it. */
function releaseHeldStatus(progress: JobProgress): JobProgress {
  if (progress.heldStatus === null) return progress;
  return showStatus({ ...progress, heldStatus: null }, progress.heldStatus);
}

function withEvent(state: JobProgress, event: FineTuningEvent, now: number): JobProgress {
  // Steps mean the job runs, even when polls never caught it `running` (a fast job, slow polls).
  const progress =
    event.type === 'metrics' && state.heldStatus === null && state.status !== 'running'
      ? showStatus(state, 'running')
      : state;
  const next: JobProgress = {
    ...progress,
    events: [...progress.events, event],
    timeline: [...progress.timeline, { type: 'event', event, elapsedMs: progress.elapsedMs }],
  };
  if (event.type !== 'metrics') return next;
  const step = readNumber(event.data, 'step');
  const totalSteps = readNumber(event.data, 'total_steps');
  const sighting =
    step === undefined ? null : { step, eventAtMs: event.created_at * 1000, seenAtMs: now };
  return {
    ...next,
    ...(totalSteps !== undefined && totalSteps > 0 ? { totalSteps } : {}),
    ...(sighting === null ? {} : { firstStep: progress.firstStep ?? sighting, lastStep: sighting }),
  };
}

function withJob(progress: JobProgress, job: FineTuningJob): JobProgress {
  return {
    ...progress,
    jobId: job.id,
    job,
    error: errorOf(job),
    fineTunedModel: job.fine_tuned_model ?? progress.fineTunedModel,
  };
}

function withStatus(progress: JobProgress, job: FineTuningJob): JobProgress {
  const updated = withJob(progress, job);
  // A final status waits until the end: the events of its poll may still be on their way.
  if (isTerminalJobStatus(job.status)) return { ...updated, heldStatus: job.status };
  return showStatus(releaseHeldStatus(updated), job.status);
}

/**
 * Folds one `watchJob` update into a job's progress: step and total steps, elapsed time, an ETA
 * from the job's own pace, losses, events in order and the final status held until its events
 * are out. Pure: the CLI, the Action and the bot render what it returns.
 * @example
 * let progress: JobProgress | undefined;
 * for await (const update of watchJob({ client, jobId })) {
 *   progress = reduceJobProgress(progress, update, Date.now());
 * }
 */
export function reduceJobProgress(
  state: JobProgress | undefined,
  update: JobUpdate,
  now: number,
): JobProgress {
  const previous = state ?? emptyProgress(now);
  const progress: JobProgress = { ...previous, elapsedMs: Math.max(0, now - previous.startedAt) };
  let next: JobProgress;
  switch (update.type) {
    case 'event':
      next = withEvent(progress, update.event, now);
      break;
    case 'metrics': {
      const { point } = update;
      next = {
        ...progress,
        step: Math.max(progress.step, point.step),
        losses:
          point.trainLoss === undefined ? progress.losses : [...progress.losses, point.trainLoss],
        validationLosses:
          point.validLoss === undefined
            ? progress.validationLosses
            : [...progress.validationLosses, point.validLoss],
      };
      break;
    }
    case 'status':
      next = withStatus(progress, update.job);
      break;
    case 'model':
      next = releaseHeldStatus({
        ...progress,
        fineTunedModel: update.model ?? progress.fineTunedModel,
        modelCallable: update.callable,
      });
      break;
    case 'end': {
      const shown = showStatus(
        withJob({ ...progress, heldStatus: null }, update.job),
        update.job.status,
      );
      next = { ...shown, finished: true, endReason: update.reason };
      break;
    }
  }
  return { ...next, etaMs: etaOf(next) };
}
