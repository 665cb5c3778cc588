export { type AdjustableClock, createAdjustableClock } from './create-adjustable-clock.js';
export {
  type RecordedRequest,
  type StartTestEmulatorOptions,
  startTestEmulator,
  type TestEmulator,
} from './start-test-emulator.js';
