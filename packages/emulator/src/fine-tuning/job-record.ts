/** Fine-tuning methods OpenAI offers. */
export type MethodType = 'supervised' | 'dpo' | 'reinforcement';

/** The spec's six statuses, plus `paused`, which the pause endpoint answers with. */
export type JobStatus =
  | 'validating_files'
  | 'queued'
  | 'running'
  | 'succeeded'
  | 'failed'
  | 'cancelled'
  | 'paused';

export type HyperparameterValue = 'auto' | number | string;

export interface JobMethod {
  type: MethodType;
  supervised?: { hyperparameters: Record<string, HyperparameterValue> };
  dpo?: { hyperparameters: Record<string, HyperparameterValue> };
  reinforcement?: { grader: unknown; hyperparameters: Record<string, HyperparameterValue> };
}

export interface JobError {
  code: string;
  message: string;
  param: string | null;
}

/** OpenAI's `fine_tuning.job` object. */
export interface FineTuningJobObject {
  object: 'fine_tuning.job';
  id: string;
  created_at: number;
  error: JobError | null;
  fine_tuned_model: string | null;
  finished_at: number | null;
  hyperparameters: {
    batch_size: 'auto' | number;
    learning_rate_multiplier: 'auto' | number;
    n_epochs: 'auto' | number;
  };
  model: string;
  organization_id: string;
  result_files: string[];
  seed: number;
  status: JobStatus;
  trained_tokens: number | null;
  training_file: string;
  validation_file: string | null;
  integrations: unknown[] | null;
  estimated_finish: number | null;
  method: JobMethod;
  metadata: Record<string, string> | null;
  /** Sent by the live API beside the spec's fields. */
  user_provided_suffix: string | null;
}

/** OpenAI's `fine_tuning.job.event` object. */
export interface JobEventObject {
  object: 'fine_tuning.job.event';
  id: string;
  created_at: number;
  level: 'info' | 'warn' | 'error';
  message: string;
  type: 'message' | 'metrics';
  data: Record<string, unknown>;
}

/** Metrics at one step, as events, checkpoints and the result file report them. */
export interface StepMetrics {
  step: number;
  train_loss: number;
  train_mean_token_accuracy: number;
  valid_loss?: number;
  valid_mean_token_accuracy?: number;
  full_valid_loss?: number;
  full_valid_mean_token_accuracy?: number;
}

/** OpenAI's `fine_tuning.job.checkpoint` object. */
export interface CheckpointObject {
  object: 'fine_tuning.job.checkpoint';
  id: string;
  created_at: number;
  fine_tuned_model_checkpoint: string;
  fine_tuning_job_id: string;
  step_number: number;
  metrics: StepMetrics;
}

/** What the emulated training does, fixed once the files are validated. */
export interface TrainingPlan {
  examples: number;
  epochs: number;
  batchSize: number;
  learningRateMultiplier: number;
  stepsPerEpoch: number;
  totalSteps: number;
  /** Billable tokens: the training file's billing tokens × epochs. */
  trainedTokens: number;
  hasValidation: boolean;
}

export type JobPhase = 'validating' | 'queued' | 'running' | 'finalizing' | 'paused' | 'done';

/** A job and everything the emulator keeps about it. */
export interface JobRecord {
  job: FineTuningJobObject;
  /** Oldest first; listed newest first. */
  events: JobEventObject[];
  /** Oldest first; only the last three epochs' checkpoints are kept. */
  checkpoints: CheckpointObject[];
  phase: JobPhase;
  plan: TrainingPlan | null;
  /** Training steps completed. */
  step: number;
  /** The `ft:` name the job's model gets, fixed at creation so checkpoints can use it. */
  modelName: string;
  createdEmulatedMs: number;
  /** When the job is expected to end, in emulated time, for `retry-after` on job limits. */
  expectedEndEmulatedMs: number;
}
