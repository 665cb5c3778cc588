import type { EmulatorClock } from './clock/emulator-clock.js';
import type { JobRunner } from './fine-tuning/job-runner.js';
import type { EmulatorLimits } from './limits/emulator-limits.js';
import type { EmulatorState } from './state/emulator-state.js';

/** What every group of routes shares: the records, the clock, the job runner and the settings. */
export interface EmulatorContext {
  readonly state: EmulatorState;
  readonly clock: EmulatorClock;
  readonly runner: JobRunner;
  readonly organization: { readonly id: string; readonly name: string };
  readonly limits: EmulatorLimits & {
    readonly maxFileBytes: number;
    readonly maxUploadBytes: number;
    readonly maxPartBytes: number;
    readonly maxJsonBytes: number;
  };
  readonly log: (line: string) => void;
}
