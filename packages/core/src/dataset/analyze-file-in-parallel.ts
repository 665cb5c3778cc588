import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { TokenEncodingName } from '../tokens/token-encoding.js';
import type { AnalyzeLineOptions } from './analyze-line.js';
import type { LineRangeTask, LineRangeWorkerMessage } from './line-range-messages.js';
import type { PackedLineAnalyses } from './pack-line-analyses.js';
import { splitIntoLineRanges } from './split-into-line-ranges.js';

const workerFile = fileURLToPath(new URL('./line-range-worker.js', import.meta.url));

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
  /** Receives the analyses of consecutive lines, packed, with the offset to add to their line numbers. */
  onBatch: (batch: PackedLineAnalyses, lineOffset: number) => void;
  onProgress?: (bytesRead: number) => void;
}): Promise<void> {
  const ranges = await splitIntoLineRanges(options.path, options.size, options.threads);
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

  const workers = ranges.map((range) => {
    const task: LineRangeTask = {
      path: options.path,
      start: range.start,
      end: range.end,
      encoding: options.encoding,
      messagesFormat: options.messagesFormat,
    };
    // Small generations make each worker collect its per-line garbage early, rather than let its
    // heap grow by hundreds of megabytes over a large file.
    return new Worker(workerFile, {
      workerData: task,
      resourceLimits: {
        maxYoungGenerationSizeMb: 8,
        maxOldGenerationSizeMb: options.heapMegabytes,
      },
    });
  });
  const finished = workers.map((worker, index) => {
    return new Promise<void>((resolve, reject) => {
      worker.on('message', (message: LineRangeWorkerMessage) => {
        if (message.kind === 'batch') {
          (held[index] as PackedLineAnalyses[]).push(message.analyses);
          bytesRead[index] = message.bytes;
          options.onProgress?.(bytesRead.reduce((sum, value) => sum + value, 0));
        } else if (message.kind === 'done') {
          lineCounts[index] = message.lines;
        } else {
          reject(Object.assign(new Error(message.message), { code: message.code }));
        }
        if (index === current || message.kind === 'done') drain();
      });
      worker.on('error', reject);
      worker.on('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`line-range worker exited with code ${code}`)),
      );
    });
  });
  try {
    await Promise.all(finished);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  drain();
}
