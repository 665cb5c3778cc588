import type { EmulatorClock } from '@tuneline/emulator';

/** The emulator's clock, with a speed a test can change mid-run. */
export interface AdjustableClock extends EmulatorClock {
  setSpeed(speed: number): void;
}

/**
 * A clock whose speed a test can change mid-run: slow while it acts on a running job (pause,
 * cancel), fast to finish. A new speed applies to everything scheduled after the change.
 * @example const clock = createAdjustableClock(1); clock.setSpeed(1000);
 */
export function createAdjustableClock(initialSpeed: number): AdjustableClock {
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
