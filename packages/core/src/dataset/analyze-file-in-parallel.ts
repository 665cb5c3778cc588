import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { loadBytePairRankTables } from '../tokens/load-byte-pair-ranks.js';
import type { TokenEncodingName } from '../tokens/token-encoding.js';
import type { AnalyzeLineOptions } from './analyze-line.js';
import type {
  LineRangeTask,
  LineRangeWorkerMessage,
  LineRangeWorkerSetup,
} from './line-range-messages.js';
import type { PackedLineAnalyses } from './pack-line-analyses.js';
import { splitIntoLineRanges } from './split-into-line-ranges.js';

const workerFile = fileURLToPath(new URL('./line-range-worker.js', import.meta.url));

const defaultBytesPerRange = 4 * 1024 * 1024;

/** Workers run compiled JavaScript; from TypeScript sources (as under a test runner) there is none. */
export function canAnalyzeInParallel(): boolean {
  return existsSync(workerFile);
}

/**
 * Analyzes a file's lines in worker threads and hands the analyses to `onBatch` in line order.
 * The file is cut into small ranges of whole lines; each worker reads one range after another, and
 * a range is handed out only a few ranges ahead of the one being reported, because a line's number
 * depends on how many lines came before it: what waits for an earlier range stays a few megabytes,
 * however large the file.
 */
export async function analyzeFileInParallel(options: {
  path: string;
  size: number;
  threads: number;
  encoding: TokenEncodingName;
  messagesFormat: AnalyzeLineOptions['messagesFormat'];
  /** Old-generation heap of each worker, in MB; past it the worker fails with ERR_WORKER_OUT_OF_MEMORY. */
  heapMegabytes: number;
  /** Size of the ranges workers are handed; default 4 MB. */
  bytesPerRange?: number;
  /** Receives the analyses of consecutive lines, packed, with the offset to add to their line numbers. */
  onBatch: (batch: PackedLineAnalyses, lineOffset: number) => void;
  onProgress?: (bytesRead: number) => void;
}): Promise<void> {
  const rangeCount = Math.max(
    options.threads,
    Math.ceil(options.size / (options.bytesPerRange ?? defaultBytesPerRange)),
  );
  const ranges = await splitIntoLineRanges(options.path, options.size, rangeCount);
  const workerCount = Math.min(options.threads, ranges.length);
  const lookahead = workerCount * 2;
  const held: PackedLineAnalyses[][] = ranges.map(() => []);
  const lineCounts: Array<number | undefined> = ranges.map(() => undefined);
  const bytesRead: number[] = ranges.map(() => 0);
  let totalBytesRead = 0;
  let current = 0;
  let lineOffset = 0;
  let next = 0;

  const drain = () => {
    while (current < ranges.length) {
      for (const batch of held[current] as PackedLineAnalyses[]) options.onBatch(batch, lineOffset);
      (held[current] as PackedLineAnalyses[]).length = 0;
      const lines = lineCounts[current];
      if (lines === undefined) return;
      lineOffset += lines;
      current++;
    }
  };

  const setup: LineRangeWorkerSetup = {
    path: options.path,
    encoding: options.encoding,
    rankTables: loadBytePairRankTables(options.encoding),
    messagesFormat: options.messagesFormat,
  };
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      const fail = (error: unknown) => {
        if (failed) return;
        failed = true;
        reject(error);
      };
      const idle: Worker[] = [];
      const handOut = () => {
        while (!failed && idle.length > 0 && next < ranges.length && next < current + lookahead) {
          const range = ranges[next] as (typeof ranges)[number];
          (idle.pop() as Worker).postMessage({
            index: next,
            start: range.start,
            end: range.end,
          } satisfies LineRangeTask);
          next++;
        }
        if (current === ranges.length) resolve();
      };
      for (let count = 0; count < workerCount; count++) {
        // Small generations make each worker collect its per-line garbage early, rather than let
        // its heap grow by hundreds of megabytes over a large file.
        const worker = new Worker(workerFile, {
          workerData: setup,
          resourceLimits: {
            maxYoungGenerationSizeMb: 8,
            maxOldGenerationSizeMb: options.heapMegabytes,
          },
        });
        workers.push(worker);
        worker.on('message', (message: LineRangeWorkerMessage) => {
          if (failed) return;
          if (message.kind === 'batch') {
            (held[message.index] as PackedLineAnalyses[]).push(message.analyses);
            // Each range reports its bytes so far: add what is new since its last batch.
            totalBytesRead += message.bytes - (bytesRead[message.index] as number);
            bytesRead[message.index] = message.bytes;
            options.onProgress?.(totalBytesRead);
            if (message.index === current) drain();
          } else if (message.kind === 'done') {
            lineCounts[message.index] = message.lines;
            drain();
            idle.push(worker);
            handOut();
          } else {
            fail(Object.assign(new Error(message.message), { code: message.code }));
          }
        });
        worker.on('error', fail);
        worker.on('exit', (code) => {
          if (current < ranges.length)
            fail(new Error(`line-range worker exited with code ${code}`));
        });
        idle.push(worker);
      }
      handOut();
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
