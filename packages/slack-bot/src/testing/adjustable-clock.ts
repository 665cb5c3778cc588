import type { EmulatorClock } from '@tuneline/emulator';

/**
 * An emulator clock whose speed a test can change: fast to finish a job, nearly frozen to keep
 * one running. A new speed applies to everything scheduled after the change.
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
      const timer = setTimeout(callback, Math.min(2 ** 31 - 1, Math.max(0, delayMs / speed)));
      return () => clearTimeout(timer);
    },
    setSpeed(next) {
      emulatedAtChange = emulatedNow();
      realAtChange = performance.now();
      speed = next;
    },
  };
}
