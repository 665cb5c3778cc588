import type { EmulatorClock } from './emulator-clock.js';

/**
 * A clock whose emulated durations pass `speed` times faster than real time.
 * @example const clock = createClock({ speed: 1000 }); // a 60 s job lasts 60 ms
 */
export function createClock(options: { speed?: number; now?: () => number } = {}): EmulatorClock {
  const speed = options.speed ?? 1;
  if (!(Number.isFinite(speed) && speed > 0)) {
    throw new RangeError(`The clock speed must be a positive number, got ${speed}.`);
  }
  const now = options.now ?? Date.now;
  const startWall = now();
  const startReal = performance.now();
  return {
    speed,
    now,
    emulatedNow: () => startWall + (performance.now() - startReal) * speed,
    toRealMs: (emulatedMs) => Math.max(0, emulatedMs / speed),
    schedule(delayMs, callback) {
      const timer = setTimeout(callback, Math.max(0, delayMs / speed));
      return () => clearTimeout(timer);
    },
  };
}
