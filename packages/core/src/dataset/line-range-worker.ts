import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { createTokenCounter } from '../tokens/create-token-counter.js';
import { type AnalyzeLineOptions, analyzeLine, type LineAnalysis } from './analyze-line.js';
import type { LineRangeTask, LineRangeWorkerMessage } from './line-range-messages.js';
import { packLineAnalyses } from './pack-line-analyses.js';
import { readJsonlLines } from './read-jsonl-lines.js';

// Analyses go back in batches: one message per line would cost more than the analysis itself.
const batchSize = 256;

function send(port: MessagePort, batch: LineAnalysis[], bytes: number): void {
  const analyses = packLineAnalyses(batch);
  port.postMessage({ kind: 'batch', analyses, bytes } satisfies LineRangeWorkerMessage, [
    analyses.numbers.buffer as ArrayBuffer,
  ]);
}

async function analyzeRange(task: LineRangeTask): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('line-range-worker must run in a worker thread');
  const options: AnalyzeLineOptions = {
    counter: createTokenCounter(task.encoding),
    messagesFormat: task.messagesFormat,
  };
  let batch: LineAnalysis[] = [];
  let lines = 0;
  let bytes = 0;
  for await (const line of readJsonlLines(task.path, { start: task.start, end: task.end })) {
    lines = line.lineNumber;
    bytes += line.byteLength + 1;
    batch.push(analyzeLine(line, options));
    if (batch.length === batchSize) {
      send(port, batch, bytes);
      batch = [];
    }
  }
  send(port, batch, bytes);
  port.postMessage({ kind: 'done', lines } satisfies LineRangeWorkerMessage);
}

analyzeRange(workerData as LineRangeTask).catch((error: unknown) => {
  parentPort?.postMessage({
    kind: 'failed',
    message: error instanceof Error ? error.message : String(error),
    code: (error as NodeJS.ErrnoException).code,
  } satisfies LineRangeWorkerMessage);
});
