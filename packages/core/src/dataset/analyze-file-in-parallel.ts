import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { TokenEncodingName } from '../tokens/token-encoding.js';
import type { AnalyzeLineOptions } from './analyze-line.js';
import type { LineRangeTask, LineRangeWorkerMessage } from './line-range-messages.js';
import type { PackedLineAnalyses } from './pack-line-analyses.js';
import { splitIntoLineRanges } from './split-into-line-ranges.js';

const workerFile = fileURLToPath(new URL('./line-range-worker.js', import.meta.url));

const bytesPerRange = 64 * 1024 * 1024;

/** Workers run compiled JavaScript; from TypeScript sources (as under a test runner) there is none. */
export function canAnalyzeInParallel(): boolean {
  return existsSync(workerFile);
}

/**
 * Analyzes a file's lines in worker threads, one byte range each, and hands the analyses to
 * `onBatch` in line order. Later ranges are held until the earlier ones finish, because a line's
 * number depends on how many lines came before it.
 */
export async function analyzeFileInParallel(options: {
  path: string;
  size: number;
  threads: number;
  encoding: TokenEncodingName;
  messagesFormat: AnalyzeLineOptions['messagesFormat'];
  /** Old-generation heap of each worker, in MB; past it the worker fails with ERR_WORKER_OUT_OF_MEMORY. */
  heapMegabytes: number;
  /** Largest range a worker reads at once; default 64 MB. */
  bytesPerRange?: number;
  /** Receives the analyses of consecutive lines, packed, with the offset to add to their line numbers. */
  onBatch: (batch: PackedLineAnalyses, lineOffset: number) => void;
  onProgress?: (bytesRead: number) => void;
}): Promise<void> {
  // Ranges of at most about 64 MB, read by `threads` workers at a time: a range finished ahead
  // of an earlier one is held until that one is done, so small ranges bound what is held.
  const rangeCount = Math.min(
    options.threads * 8,
    Math.max(options.threads, Math.ceil(options.size / (options.bytesPerRange ?? bytesPerRange))),
  );
  const ranges = await splitIntoLineRanges(options.path, options.size, rangeCount);
  const held: PackedLineAnalyses[][] = ranges.map(() => []);
  const lineCounts: Array<number | undefined> = ranges.map(() => undefined);
  const bytesRead: number[] = ranges.map(() => 0);
  let current = 0;
  let offset = 0;

  const drain = () => {
    while (current < ranges.length) {
      for (const batch of held[current] as PackedLineAnalyses[]) options.onBatch(batch, offset);
      (held[current] as PackedLineAnalyses[]).length = 0;
      const lines = lineCounts[current];
      if (lines === undefined) return;
      offset += lines;
      current++;
    }
  };

  const live = new Set<Worker>();
  const startWorker = (index: number, finish: (error?: unknown) => void) => {
    const range = ranges[index] as (typeof ranges)[number];
    const task: LineRangeTask = {
      path: options.path,
      start: range.start,
      end: range.end,
      encoding: options.encoding,
      messagesFormat: options.messagesFormat,
    };
    // Small generations make each worker collect its per-line garbage early, rather than let its
    // heap grow by hundreds of megabytes over a large file.
    const worker = new Worker(workerFile, {
      workerData: task,
      resourceLimits: {
        maxYoungGenerationSizeMb: 8,
        maxOldGenerationSizeMb: options.heapMegabytes,
      },
    });
    live.add(worker);
    worker.on('message', (message: LineRangeWorkerMessage) => {
      if (message.kind === 'batch') {
        (held[index] as PackedLineAnalyses[]).push(message.analyses);
        bytesRead[index] = message.bytes;
        options.onProgress?.(bytesRead.reduce((sum, value) => sum + value, 0));
      } else if (message.kind === 'done') {
        lineCounts[index] = message.lines;
      } else {
        finish(Object.assign(new Error(message.message), { code: message.code }));
      }
      if (index === current || message.kind === 'done') drain();
    });
    worker.on('error', (error) => finish(error));
    worker.on('exit', (code) => {
      live.delete(worker);
      finish(code === 0 ? undefined : new Error(`line-range worker exited with code ${code}`));
    });
  };

  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      let running = 0;
      let failed = false;
      const startMore = () => {
        while (!failed && running < options.threads && next < ranges.length) {
          const index = next++;
          running++;
          let settled = false;
          startWorker(index, (error) => {
            if (settled) return;
            settled = true;
            running--;
            if (error !== undefined) {
              failed = true;
              reject(error);
            } else if (next >= ranges.length && running === 0) {
              resolve();
            } else {
              startMore();
            }
          });
        }
      };
      startMore();
    });
  } finally {
    await Promise.all([...live].map((worker) => worker.terminate()));
  }
  drain();
}
