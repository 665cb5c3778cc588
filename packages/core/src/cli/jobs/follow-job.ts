import type OpenAI from 'openai';
import { renderSparkline } from '../../charts/render-sparkline.js';
import type { FineTuningJob } from '../../fine-tuning/fine-tuning-job.js';
import { watchJob } from '../../fine-tuning/watch-job.js';
import type { JobProgress, JobProgressEntry } from '../../jobs/job-progress.js';
import { reduceJobProgress } from '../../jobs/reduce-job-progress.js';
import type { CliIo } from '../cli-io.js';
import { formatDuration } from './format-duration.js';
import { renderProgressBar } from './render-progress-bar.js';

/** How following a job ended: the job finished, the watch timed out, or the user pressed Ctrl-C. */
export interface FollowedJob {
  readonly outcome: 'finished' | 'timeout' | 'interrupted';
  /** The job as last seen; null if it was never fetched. */
  readonly job: FineTuningJob | null;
  readonly fineTunedModel: string | null;
  readonly trainLosses: readonly number[];
}

function progressLine(progress: JobProgress): string | undefined {
  if (progress.totalSteps === null) return undefined;
  return renderProgressBar({
    step: progress.step,
    totalSteps: progress.totalSteps,
    elapsed: formatDuration(progress.elapsedMs),
    eta: progress.etaMs === null ? null : formatDuration(progress.etaMs),
    loss: progress.losses[progress.losses.length - 1],
    sparkline: renderSparkline(progress.losses, { maxPoints: 30 }),
  });
}

function entryLine(entry: JobProgressEntry): string | undefined {
  const time = `[${formatDuration(entry.elapsedMs)}]`;
  if (entry.type === 'status') return `${time} status: ${entry.status}`;
  // Steps are summed up by the progress bar.
  if (entry.event.type === 'metrics') return undefined;
  const level = entry.event.level === 'error' ? 'error: ' : '';
  return `${time} ${level}${entry.event.message}`;
}

/**
 * Follows a job in the terminal, drawing what core's progress reducer makes of `watchJob`'s
 * updates: events and status changes as lines (the final status last), a progress bar with
 * the ETA (redrawn on a terminal, every tenth of the way otherwise). With `json`, prints each
 * update as one JSON line instead. Ctrl-C stops following; the job goes on.
 */
export async function followJob(options: {
  client: OpenAI;
  jobId: string;
  io: CliIo;
  json: boolean;
  pollIntervalMilliseconds?: number;
  timeoutMilliseconds?: number;
}): Promise<FollowedJob> {
  const { io } = options;
  const live = io.stdout.isTTY === true && !options.json;
  const stop = new AbortController();
  const removeInterruptListener = io.onInterrupt?.(() => stop.abort());
  let progress: JobProgress | undefined;
  let printedEntries = 0;
  let drawnStep = 0;
  let reportedTenth = -1;
  let progressShown = false;

  const printLine = (text: string) => {
    if (live && progressShown) io.stdout.write('\r\x1b[2K');
    io.stdout.write(`${text}\n`);
    if (live && progressShown && progress !== undefined) {
      io.stdout.write(progressLine(progress) ?? '');
    }
  };
  const showProgress = (current: JobProgress) => {
    const line = progressLine(current);
    if (line === undefined || current.totalSteps === null) return;
    if (live) {
      io.stdout.write(`\r\x1b[2K${line}`);
      progressShown = true;
      return;
    }
    const tenth = Math.floor((current.step / current.totalSteps) * 10);
    if (tenth > reportedTenth) {
      reportedTenth = tenth;
      io.stdout.write(`${line}\n`);
    }
  };
  const render = (current: JobProgress) => {
    for (const entry of current.timeline.slice(printedEntries)) {
      const line = entryLine(entry);
      if (line !== undefined) printLine(line);
    }
    printedEntries = current.timeline.length;
    if (current.step !== drawnStep) {
      drawnStep = current.step;
      showProgress(current);
    }
  };

  try {
    for await (const update of watchJob({
      client: options.client,
      jobId: options.jobId,
      signal: stop.signal,
      ...(options.pollIntervalMilliseconds === undefined
        ? {}
        : {
            pollIntervalMilliseconds: options.pollIntervalMilliseconds,
            maxPollIntervalMilliseconds: Math.max(options.pollIntervalMilliseconds * 8, 5000),
          }),
      ...(options.timeoutMilliseconds === undefined
        ? {}
        : { timeoutMilliseconds: options.timeoutMilliseconds }),
    })) {
      if (options.json) io.stdout.write(`${JSON.stringify(update)}\n`);
      progress = reduceJobProgress(progress, update, Date.now());
      if (!options.json) render(progress);
    }
  } finally {
    removeInterruptListener?.();
  }
  if (live && progressShown) io.stdout.write('\n');
  const outcome: FollowedJob['outcome'] = stop.signal.aborted
    ? 'interrupted'
    : (progress?.endReason ?? 'interrupted');
  if (!options.json && outcome === 'interrupted') {
    io.stdout.write(
      `Stopped watching. The job goes on: tuneline watch ${options.jobId}, or tuneline cancel ${options.jobId}.\n`,
    );
  }
  const job = progress?.job ?? null;
  return {
    outcome,
    job,
    fineTunedModel: progress?.fineTunedModel ?? job?.fine_tuned_model ?? null,
    trainLosses: progress?.losses ?? [],
  };
}
