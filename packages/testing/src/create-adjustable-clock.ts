import type { EmulatorClock } from '../clock/emulator-clock.js';

/**
 * A clock whose speed a test can change mid-run: slow while it acts on a running job (pause,
 * cancel), fast to finish. A new speed applies to everything scheduled after the change.
 */
export function createAdjustableClock(initialSpeed: number): EmulatorClock & {
  setSpeed(speed: number): void;
} {
  let speed = initialSpeed;
  let emulatedAtChange = Date.now();
  let realAtChange = performance.now();
  const emulatedNow = () => emulatedAtChange + (performance.now() - realAtChange) * speed;
  return {
    get speed() {
      return speed;
    },
    now: Date.now,
    emulatedNow,
    toRealMs: (emulatedMs) => Math.max(0, emulatedMs / speed),
    schedule(delayMs, callback) {
      const timer = setTimeout(callback, Math.max(0, delayMs / speed));
      return () => clearTimeout(timer);
    },
    setSpeed(next) {
      emulatedAtChange = emulatedNow();
      realAtChange = performance.now();
      speed = next;
    },
  };
}
