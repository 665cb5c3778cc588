import type OpenAI from 'openai';
import { renderSparkline } from '../../charts/render-sparkline.js';
import type { FineTuningJob } from '../../fine-tuning/fine-tuning-job.js';
import { isTerminalJobStatus } from '../../fine-tuning/job-status.js';
import type { JobUpdate } from '../../fine-tuning/job-update.js';
import { watchJob } from '../../fine-tuning/watch-job.js';
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

const interruptedSignal = Symbol('interrupted');

function totalStepsOf(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const total = (data as Record<string, unknown>).total_steps;
  return typeof total === 'number' && total > 0 ? total : undefined;
}

/**
 * Follows a job in the terminal: status changes and events as lines, a progress bar (redrawn on a
 * terminal, every tenth of the way otherwise), the loss sparkline at the end. With `json`, prints
 * each update as one JSON line instead. Ctrl-C stops following; the job goes on.
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
  const started = Date.now();
  const live = io.stdout.isTTY === true && !options.json;
  const trainLosses: number[] = [];
  let job: FineTuningJob | null = null;
  let fineTunedModel: string | null = null;
  let step = 0;
  let totalSteps: number | undefined;
  let firstStepAt: { step: number; time: number } | undefined;
  let reportedTenth = -1;
  let progressShown = false;

  let stopSleeping: (() => void) | undefined;
  let markInterrupted: (value: typeof interruptedSignal) => void = () => {};
  const interrupted = new Promise<typeof interruptedSignal>((resolve) => {
    markInterrupted = resolve;
  });
  let wasInterrupted = false;
  const removeInterruptListener = io.onInterrupt?.(() => {
    wasInterrupted = true;
    markInterrupted(interruptedSignal);
    stopSleeping?.();
  });
  const sleep = (milliseconds: number) =>
    new Promise<void>((resolve, reject) => {
      if (wasInterrupted) return reject(interruptedSignal);
      const timer = setTimeout(resolve, milliseconds);
      stopSleeping = () => {
        clearTimeout(timer);
        reject(interruptedSignal);
      };
    });

  const elapsed = () => formatDuration(Date.now() - started);
  const progressLine = (): string | undefined => {
    if (totalSteps === undefined) return undefined;
    let eta: string | null = null;
    if (firstStepAt !== undefined && step > firstStepAt.step) {
      const perStep = (Date.now() - firstStepAt.time) / (step - firstStepAt.step);
      eta = formatDuration(perStep * (totalSteps - step));
    }
    return renderProgressBar({
      step,
      totalSteps,
      elapsed: elapsed(),
      eta,
      loss: trainLosses[trainLosses.length - 1],
      sparkline: renderSparkline(trainLosses, { maxPoints: 30 }),
    });
  };
  const printLine = (text: string) => {
    if (live && progressShown) io.stdout.write('\r\x1b[2K');
    io.stdout.write(`${text}\n`);
    if (live && progressShown) io.stdout.write(progressLine() ?? '');
  };
  const showProgress = () => {
    const line = progressLine();
    if (line === undefined || totalSteps === undefined) return;
    if (live) {
      io.stdout.write(`\r\x1b[2K${line}`);
      progressShown = true;
      return;
    }
    const tenth = Math.floor((step / totalSteps) * 10);
    if (tenth > reportedTenth) {
      reportedTenth = tenth;
      io.stdout.write(`${line}\n`);
    }
  };
  let pendingStatus: string | undefined;
  const flushStatus = () => {
    if (pendingStatus === undefined) return;
    printLine(`[${elapsed()}] status: ${pendingStatus}`);
    pendingStatus = undefined;
  };
  const render = (update: JobUpdate) => {
    if (options.json) {
      io.stdout.write(`${JSON.stringify(update)}\n`);
      return;
    }
    switch (update.type) {
      case 'status':
        flushStatus();
        // A poll yields the new status before the events that led to it: a final status is
        // printed after them, so that it closes the log.
        if (isTerminalJobStatus(update.status)) pendingStatus = update.status;
        else printLine(`[${elapsed()}] status: ${update.status}`);
        break;
      case 'event': {
        const total = totalStepsOf(update.event.data);
        if (total !== undefined) totalSteps = total;
        if (update.event.type === 'metrics') break;
        const level = update.event.level === 'error' ? 'error: ' : '';
        printLine(`[${elapsed()}] ${level}${update.event.message}`);
        break;
      }
      case 'metrics':
        step = update.point.step;
        firstStepAt ??= { step, time: Date.now() };
        if (update.point.trainLoss !== undefined) trainLosses.push(update.point.trainLoss);
        showProgress();
        break;
      case 'model':
      case 'end':
        flushStatus();
        break;
    }
  };

  const updates = watchJob({
    client: options.client,
    jobId: options.jobId,
    sleep,
    ...(options.pollIntervalMilliseconds === undefined
      ? {}
      : {
          pollIntervalMilliseconds: options.pollIntervalMilliseconds,
          maxPollIntervalMilliseconds: Math.max(options.pollIntervalMilliseconds * 8, 5000),
        }),
    ...(options.timeoutMilliseconds === undefined
      ? {}
      : { timeoutMilliseconds: options.timeoutMilliseconds }),
  });
  let outcome: FollowedJob['outcome'] = 'interrupted';
  try {
    for (;;) {
      const next = updates.next();
      // A poll still in flight when Ctrl-C comes must not surface later as an unhandled rejection.
      next.catch(() => {});
      const result = await Promise.race([next, interrupted]);
      if (result === interruptedSignal || result.done === true) break;
      const update = result.value;
      render(update);
      if (update.type === 'status') job = update.job;
      if (update.type === 'model') fineTunedModel = update.model;
      if (update.type === 'end') {
        job = update.job;
        outcome = update.reason;
      }
    }
  } catch (error) {
    if (error !== interruptedSignal) throw error;
  } finally {
    removeInterruptListener?.();
    stopSleeping?.();
    void updates.return(undefined).catch(() => {});
  }
  if (!options.json) flushStatus();
  if (live && progressShown) io.stdout.write('\n');
  if (!options.json && outcome === 'interrupted') {
    io.stdout.write(
      `Stopped watching. The job goes on: npx tuneline watch ${options.jobId}, or npx tuneline cancel ${options.jobId}.\n`,
    );
  }
  fineTunedModel ??= job?.fine_tuned_model ?? null;
  return { outcome, job, fineTunedModel, trainLosses };
}
