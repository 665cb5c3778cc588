export { createClock } from './clock/create-clock.js';
export type { EmulatorClock } from './clock/emulator-clock.js';
export type { Emulator, StartEmulatorOptions } from './emulator-options.js';
export type { FaultOptions, FaultRates } from './faults/fault-options.js';
export { defaultJobTimings, type JobTimings } from './fine-tuning/job-timings.js';
export type { EmulatorLimits } from './limits/emulator-limits.js';
export { startEmulator } from './start-emulator.js';
export { signWebhook } from './webhooks/sign-webhook.js';
export type { WebhookOptions } from './webhooks/webhook-options.js';
