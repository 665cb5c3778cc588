/**
 * Work the bot does after acknowledging Slack (answers, status lookups): tracked so a shutdown
 * can let it finish and a test can wait for it.
 */
export interface TaskTracker {
  /** Runs `work` in the background; its failure is logged by the caller's `onError`, never thrown. */
  run(work: () => Promise<void>, onError: (error: unknown) => void): void;
  /** Resolves once nothing is in flight. */
  whenIdle(): Promise<void>;
  readonly size: number;
}

export function createTaskTracker(): TaskTracker {
  const inFlight = new Set<Promise<void>>();
  return {
    run(work, onError) {
      const task = (async () => {
        try {
          // Let acknowledgements already due go out first: under a burst of commands, each ack
          // then waits for the others' acks only, not for their work.
          await new Promise((resolve) => setImmediate(resolve));
          await work();
        } catch (error) {
          onError(error);
        }
      })();
      inFlight.add(task);
      void task.finally(() => inFlight.delete(task));
    },
    async whenIdle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    get size() {
      return inFlight.size;
    },
  };
}
