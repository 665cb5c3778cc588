import { Readable } from 'node:stream';
import { saveTrainingPairs } from '../chat/save-training-pairs.js';
import type { EmulatorClock } from '../clock/emulator-clock.js';
import { createId } from '../random/create-id.js';
import type { EmulatorState } from '../state/emulator-state.js';
import type { FineTuningWebhookType, WebhookSender } from '../webhooks/create-webhook-sender.js';
import { appendJobEvent } from './append-job-event.js';
import type {
  HyperparameterValue,
  JobError,
  JobRecord,
  StepMetrics,
  TrainingPlan,
} from './job-record.js';
import type { JobTimings } from './job-timings.js';
import { planTraining } from './plan-training.js';
import { renderResultCsv } from './render-result-csv.js';
import { simulateMetrics } from './simulate-metrics.js';
import { validateJobFiles } from './validate-job-files.js';

/** Training advances in at most this many ticks, so a huge job still emits a readable log. */
const maxTicks = 250;

/** The checkpoints OpenAI keeps: those of the last three epochs. */
const keptCheckpoints = 3;

function formatLoss(value: number): string {
  return value.toFixed(2);
}

/**
 * Drives emulated jobs through `validating_files → queued → running → succeeded`, or to `failed`
 * when validation fails, `cancelled`, and `paused` and back, on the emulator's clock. Every state
 * lives in the job's record, so a job restored from the data directory carries on where it was.
 */
export class JobRunner {
  readonly #state: EmulatorState;
  readonly #clock: EmulatorClock;
  readonly #timings: JobTimings;
  readonly #webhooks: WebhookSender | undefined;
  readonly #log: (line: string) => void;
  readonly #timers = new Map<string, () => void>();
  /** Where each running job's step clock started: ticks aim at absolute times, so delays don't add up. */
  readonly #tickBases = new Map<string, { emulatedMs: number; step: number }>();
  readonly #work = new Set<Promise<void>>();
  #closed = false;

  constructor(options: {
    state: EmulatorState;
    clock: EmulatorClock;
    timings: JobTimings;
    webhooks: WebhookSender | undefined;
    log: (line: string) => void;
  }) {
    this.#state = options.state;
    this.#clock = options.clock;
    this.#timings = options.timings;
    this.#webhooks = options.webhooks;
    this.#log = options.log;
  }

  /** Starts (or, after a restart, resumes) a job from the phase its record is in. */
  start(record: JobRecord): void {
    switch (record.phase) {
      case 'validating':
        this.#track(this.#validate(record));
        break;
      case 'queued':
        this.#schedule(record, this.#timings.queuedMs, () => this.#startRunning(record));
        break;
      case 'running':
        this.#scheduleTick(record);
        break;
      case 'finalizing':
        this.#schedule(record, this.#timings.finalizingMs, () =>
          this.#track(this.#succeed(record)),
        );
        break;
      case 'paused':
      case 'done':
        break;
    }
  }

  cancel(record: JobRecord): void {
    this.#stop(record);
    this.#finish(record, 'cancelled');
    appendJobEvent(record, this.#clock.now(), { message: 'Fine-tuning job cancelled' });
    this.#changed(record, 'fine_tuning.job.cancelled');
  }

  pause(record: JobRecord): void {
    this.#stop(record);
    record.phase = 'paused';
    record.job.status = 'paused';
    record.job.estimated_finish = null;
    appendJobEvent(record, this.#clock.now(), {
      message: `Fine-tuning job paused at step ${record.step}`,
    });
    this.#changed(record);
  }

  resume(record: JobRecord): void {
    record.phase = 'queued';
    record.job.status = 'queued';
    appendJobEvent(record, this.#clock.now(), { message: 'Fine-tuning job resumed' });
    this.#updateEstimates(record);
    this.#changed(record);
    this.start(record);
  }

  /** Stops every timer; work in progress is abandoned and the records stay as they are. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const cancel of this.#timers.values()) cancel();
    this.#timers.clear();
    await Promise.allSettled([...this.#work]);
  }

  async #validate(record: JobRecord): Promise<void> {
    const { job } = record;
    const startedAt = this.#clock.emulatedNow();
    // Let the create request answer first: loading a tokenizer holds the thread for a moment.
    await new Promise((resolve) => setImmediate(resolve));
    if (this.#closed || record.phase !== 'validating') return;
    const validation = await validateJobFiles({
      blobs: this.#state.blobs,
      trainingFile: this.#state.files.get(job.training_file),
      trainingFileId: job.training_file,
      validationFile:
        job.validation_file === null ? undefined : this.#state.files.get(job.validation_file),
      validationFileId: job.validation_file,
      model: job.model,
      method: job.method.type,
      epochs:
        typeof job.hyperparameters.n_epochs === 'number' ? job.hyperparameters.n_epochs : undefined,
    }).catch((error: unknown) => {
      this.#log(`job ${job.id}: validation crashed: ${(error as Error).stack ?? String(error)}`);
      return {
        ok: false as const,
        error: {
          code: 'server_error',
          message: 'The job failed due to an internal error while validating the files.',
          param: null,
        },
      };
    });
    if (this.#closed || record.phase !== 'validating') return;
    if (!validation.ok) {
      this.#fail(record, validation.error);
      return;
    }
    record.plan = planTraining({
      examples: validation.training.examples,
      billingTokens: validation.training.billingTokens,
      hyperparameters: job.hyperparameters,
      hasValidation: validation.validation !== null,
    });
    this.#resolveHyperparameters(record, record.plan);
    await saveTrainingPairs({
      blobs: this.#state.blobs,
      fileId: job.training_file,
      jobId: job.id,
    }).catch((error: unknown) =>
      this.#log(`job ${job.id}: could not index the training data: ${String(error)}`),
    );
    if (this.#closed || record.phase !== 'validating') return;
    this.#updateEstimates(record);
    this.#changed(record);
    const elapsed = this.#clock.emulatedNow() - startedAt;
    this.#schedule(record, this.#timings.validatingMs - elapsed, () => {
      appendJobEvent(record, this.#clock.now(), {
        message: 'Files validated, moving job to queued state',
      });
      record.phase = 'queued';
      record.job.status = 'queued';
      this.#updateEstimates(record);
      this.#changed(record);
      this.start(record);
    });
  }

  /** Replaces "auto" with the values the emulated training uses, as OpenAI does once it starts. */
  #resolveHyperparameters(record: JobRecord, plan: TrainingPlan): void {
    const { job } = record;
    const resolved = {
      batch_size: plan.batchSize,
      learning_rate_multiplier: plan.learningRateMultiplier,
      n_epochs: plan.epochs,
    };
    job.hyperparameters = resolved;
    const method = job.method[job.method.type];
    if (!method) return;
    const extra: Record<string, HyperparameterValue> = {};
    if (job.method.type === 'dpo') extra.beta = 0.1;
    if (job.method.type === 'reinforcement') {
      Object.assign(extra, { compute_multiplier: 1, eval_interval: 1, eval_samples: 1 });
    }
    const hyperparameters = method.hyperparameters;
    for (const [name, value] of Object.entries({ ...resolved, ...extra })) {
      if (hyperparameters[name] === undefined || hyperparameters[name] === 'auto') {
        hyperparameters[name] = value;
      }
    }
  }

  #startRunning(record: JobRecord): void {
    record.phase = 'running';
    record.job.status = 'running';
    const started = record.events.some((event) => event.message === 'Fine-tuning job started');
    appendJobEvent(record, this.#clock.now(), {
      message: started
        ? `Fine-tuning job resumed at step ${record.step}`
        : 'Fine-tuning job started',
    });
    this.#tickBases.delete(record.job.id);
    this.#updateEstimates(record);
    this.#changed(record);
    this.#scheduleTick(record);
  }

  #msPerStep(plan: TrainingPlan): number {
    const runningMs = Math.min(plan.totalSteps * this.#timings.stepMs, this.#timings.maxRunningMs);
    return runningMs / plan.totalSteps;
  }

  #scheduleTick(record: JobRecord): void {
    const plan = record.plan;
    if (!plan) return;
    const stepsPerTick = Math.ceil(plan.totalSteps / maxTicks);
    const target = Math.min(plan.totalSteps, record.step + stepsPerTick);
    const now = this.#clock.emulatedNow();
    let base = this.#tickBases.get(record.job.id);
    if (!base) {
      base = { emulatedMs: now, step: record.step };
      this.#tickBases.set(record.job.id, base);
    }
    const due = base.emulatedMs + this.#msPerStep(plan) * (target - base.step);
    this.#schedule(record, due - now, () => {
      for (let step = record.step + 1; step <= target; step++) {
        this.#completeStep(record, plan, step, step === target);
      }
      record.step = target;
      this.#updateEstimates(record);
      this.#changed(record);
      if (target >= plan.totalSteps) this.#finalize(record);
      else this.#scheduleTick(record);
    });
  }

  #completeStep(record: JobRecord, plan: TrainingPlan, step: number, logged: boolean): void {
    const now = this.#clock.now();
    const metrics = simulateMetrics({ seed: record.job.seed, plan, step });
    if (logged) {
      const validation =
        metrics.valid_loss === undefined
          ? ''
          : `, validation loss=${formatLoss(metrics.valid_loss)}`;
      appendJobEvent(record, now, {
        type: 'metrics',
        message: `Step ${step}/${plan.totalSteps}: training loss=${formatLoss(metrics.train_loss)}${validation}`,
        data: { ...metrics, total_steps: plan.totalSteps },
      });
    }
    if (step % plan.stepsPerEpoch === 0) this.#checkpoint(record, step, metrics, now);
  }

  #checkpoint(record: JobRecord, step: number, metrics: StepMetrics, now: number): void {
    const name = `${record.modelName}:ckpt-step-${step}`;
    record.checkpoints.push({
      object: 'fine_tuning.job.checkpoint',
      id: createId('ftckpt_', 24),
      created_at: Math.floor(now / 1000),
      fine_tuned_model_checkpoint: name,
      fine_tuning_job_id: record.job.id,
      step_number: step,
      metrics,
    });
    if (record.checkpoints.length > keptCheckpoints) record.checkpoints.shift();
    appendJobEvent(record, now, {
      message: `Checkpoint created at step ${step} with Snapshot ID: ${name}`,
    });
  }

  #finalize(record: JobRecord): void {
    this.#tickBases.delete(record.job.id);
    record.phase = 'finalizing';
    const now = this.#clock.now();
    appendJobEvent(record, now, { message: `New fine-tuned model created: ${record.modelName}` });
    appendJobEvent(record, now, { message: 'Evaluating model against our usage policies' });
    this.#updateEstimates(record);
    this.#changed(record);
    this.start(record);
  }

  async #succeed(record: JobRecord): Promise<void> {
    const plan = record.plan;
    if (!plan) return;
    const { job } = record;
    const csv = renderResultCsv({ seed: job.seed, plan });
    const content = Buffer.from(Buffer.from(csv, 'utf8').toString('base64'), 'utf8');
    const fileId = createId('file-', 22);
    await this.#state.blobs.write(fileId, Readable.from([content]));
    if (this.#closed || record.phase !== 'finalizing') {
      await this.#state.blobs.delete(fileId);
      return;
    }
    const now = this.#clock.now();
    this.#state.files.set(fileId, {
      id: fileId,
      object: 'file',
      bytes: content.byteLength,
      created_at: Math.floor(now / 1000),
      filename: 'step_metrics.csv',
      purpose: 'fine-tune-results',
      status: 'processed',
    });
    job.result_files = [fileId];
    job.fine_tuned_model = record.modelName;
    job.trained_tokens = plan.trainedTokens;
    this.#finish(record, 'succeeded');
    appendJobEvent(record, now, {
      message: 'Usage policy evaluations completed, model is now enabled for sampling',
    });
    appendJobEvent(record, now, { message: 'The job has successfully completed' });
    this.#changed(record, 'fine_tuning.job.succeeded');
  }

  #fail(record: JobRecord, error: JobError): void {
    this.#stop(record);
    record.job.error = error;
    this.#finish(record, 'failed');
    appendJobEvent(record, this.#clock.now(), { level: 'error', message: error.message });
    this.#changed(record, 'fine_tuning.job.failed');
  }

  #finish(record: JobRecord, status: 'succeeded' | 'failed' | 'cancelled'): void {
    record.phase = 'done';
    record.job.status = status;
    record.job.finished_at = Math.floor(this.#clock.now() / 1000);
    record.job.estimated_finish = null;
    record.expectedEndEmulatedMs = this.#clock.emulatedNow();
  }

  /** Emulated milliseconds until the job ends, from the phase it is in. */
  #remainingMs(record: JobRecord): number {
    const timings = this.#timings;
    const plan = record.plan;
    const running = plan
      ? (plan.totalSteps - record.step) * this.#msPerStep(plan)
      : timings.maxRunningMs;
    switch (record.phase) {
      case 'validating':
        return timings.validatingMs + timings.queuedMs + running + timings.finalizingMs;
      case 'queued':
        return timings.queuedMs + running + timings.finalizingMs;
      case 'running':
        return running + timings.finalizingMs;
      case 'finalizing':
        return timings.finalizingMs;
      case 'paused':
      case 'done':
        return 0;
    }
  }

  #updateEstimates(record: JobRecord): void {
    const remaining = this.#remainingMs(record);
    record.expectedEndEmulatedMs = this.#clock.emulatedNow() + remaining;
    if (record.phase === 'queued' || record.phase === 'running' || record.phase === 'finalizing') {
      record.job.estimated_finish = Math.ceil(
        (this.#clock.now() + this.#clock.toRealMs(remaining)) / 1000,
      );
    }
  }

  #changed(record: JobRecord, webhook?: FineTuningWebhookType): void {
    this.#state.changed();
    if (webhook) {
      this.#log(`job ${record.job.id} ${record.job.status}`);
      this.#webhooks?.send(webhook, record.job.id);
    }
  }

  #schedule(record: JobRecord, delayMs: number, callback: () => void): void {
    this.#clearTimer(record);
    if (this.#closed) return;
    const id = record.job.id;
    const cancel = this.#clock.schedule(Math.max(0, delayMs), () => {
      this.#timers.delete(id);
      if (this.#closed) return;
      try {
        callback();
      } catch (error) {
        this.#log(`job ${id}: ${(error as Error).stack ?? String(error)}`);
      }
    });
    this.#timers.set(id, cancel);
  }

  /** Stops whatever the job was waiting for. */
  #stop(record: JobRecord): void {
    this.#tickBases.delete(record.job.id);
    this.#clearTimer(record);
  }

  #clearTimer(record: JobRecord): void {
    const cancel = this.#timers.get(record.job.id);
    if (cancel) {
      cancel();
      this.#timers.delete(record.job.id);
    }
  }

  #track(work: Promise<void>): void {
    const tracked = work.catch((error: unknown) => this.#log(`job work failed: ${String(error)}`));
    this.#work.add(tracked);
    void tracked.finally(() => this.#work.delete(tracked));
  }
}
