import type { CliIo } from './cli-io.js';

/** A one-line "validating… 42 MB" on stderr, only when stderr is a terminal and the run is long. */
export function createProgressReporter(stream: CliIo['stderr'], label: string) {
  const startedAt = Date.now();
  let lastDrawn = 0;
  let drawn = false;
  return {
    update(bytesRead: number): void {
      if (!stream.isTTY) return;
      const now = Date.now();
      if (now - startedAt < 500 || now - lastDrawn < 100) return;
      lastDrawn = now;
      drawn = true;
      const megabytes = bytesRead / 1_000_000;
      const rate = megabytes / ((now - startedAt) / 1000);
      stream.write(
        `\r\x1b[2KValidating ${label}: ${megabytes.toFixed(1)} MB (${rate.toFixed(1)} MB/s)`,
      );
    },
    done(): void {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}
