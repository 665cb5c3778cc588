/** Work that a graceful shutdown waits for: streamed answers, announcements in progress. */
export interface InFlightTracker {
  /** Registers `work` until it settles, and returns it. */
  track<T>(work: Promise<T>): Promise<T>;
  readonly size: number;
  /** Resolves true once nothing is in flight, or false after `timeoutMs`. */
  idle(timeoutMs: number): Promise<boolean>;
}

/** @example const answer = await inFlight.track(streamAnswer(...)); */
export function createInFlightTracker(): InFlightTracker {
  const pending = new Set<Promise<unknown>>();
  return {
    track(work) {
      const settled = work.then(
        () => undefined,
        () => undefined,
      );
      pending.add(settled);
      void settled.finally(() => pending.delete(settled));
      return work;
    },
    get size() {
      return pending.size;
    },
    async idle(timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (pending.size > 0) {
        const remaining = deadline - Date.now();
        if (remaining <= 0) return false;
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          Promise.allSettled([...pending]),
          new Promise((resolve) => {
            timer = setTimeout(resolve, remaining);
          }),
        ]);
        clearTimeout(timer);
      }
      return true;
    },
  };
}
