/**
 * How long each phase of a job lasts, in emulated milliseconds (divided by the clock's speed in
 * real time). The defaults make the walkthrough's 100-step job last about 9 s at speed 1.
 */
export interface JobTimings {
  /** `validating_files`, at least as long as the real validation takes. */
  readonly validatingMs: number;
  /** `queued`, before training starts (and again after a resume). */
  readonly queuedMs: number;
  /** One training step. */
  readonly stepMs: number;
  /** Training never takes longer than this, however many steps: big jobs step faster. */
  readonly maxRunningMs: number;
  /** From the last step to `succeeded`: the model is "created" and checked. */
  readonly finalizingMs: number;
}

export const defaultJobTimings: JobTimings = {
  validatingMs: 1500,
  queuedMs: 1000,
  stepMs: 50,
  maxRunningMs: 5000,
  finalizingMs: 1500,
};
