import type { Logger } from '@slack/bolt';
import type { InFlightTracker } from './create-in-flight-tracker.js';

/**
 * On SIGTERM (or SIGINT): reports not-ready at once, stops taking requests, lets answers being
 * streamed finish (up to `drainTimeoutMs`), then closes what is left and exits. A second signal
 * exits at once.
 * @example installGracefulShutdown({ inFlight, stopReceiving: () => app.stop(), close, logger });
 */
export function installGracefulShutdown(options: {
  inFlight: InFlightTracker;
  /** Called first: stop the receiver and the poller. */
  stopReceiving: () => Promise<void>;
  /** Called after the drain: close the store and other clients. */
  close: () => Promise<void>;
  logger: Logger;
  drainTimeoutMs?: number;
  exit?: (code: number) => void;
  signals?: readonly NodeJS.Signals[];
}): { readonly shuttingDown: boolean; shutdown(signal: string): Promise<void> } {
  const drainTimeoutMs = options.drainTimeoutMs ?? 30_000;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let shuttingDown = false;

  async function shutdown(signal: string): Promise<void> {
    if (shuttingDown) {
      options.logger.warn(`${signal} again: exiting without waiting.`);
      exit(1);
      return;
    }
    shuttingDown = true;
    options.logger.info(
      `${signal}: shutting down; finishing ${options.inFlight.size} answer(s) in flight first.`,
    );
    try {
      await options.stopReceiving();
    } catch (error) {
      options.logger.warn(
        `Stopping the receiver failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    const drained = await options.inFlight.idle(drainTimeoutMs);
    if (!drained)
      options.logger.warn(
        `Gave up waiting for ${options.inFlight.size} answer(s) after ${drainTimeoutMs} ms.`,
      );
    await options.close().catch(() => undefined);
    options.logger.info('Shut down.');
    exit(drained ? 0 : 1);
  }

  for (const signal of options.signals ?? ['SIGTERM', 'SIGINT']) {
    process.on(signal, () => void shutdown(signal));
  }
  return {
    get shuttingDown() {
      return shuttingDown;
    },
    shutdown,
  };
}
