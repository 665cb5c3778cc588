import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { createBytePairRanks } from '../tokens/byte-pair-ranks.js';
import { createTokenCounterOverRanks } from '../tokens/create-token-counter-over-ranks.js';
import { type AnalyzeLineOptions, analyzeLine, type LineAnalysis } from './analyze-line.js';
import type {
  LineRangeTask,
  LineRangeWorkerMessage,
  LineRangeWorkerSetup,
} from './line-range-messages.js';
import { packLineAnalyses } from './pack-line-analyses.js';
import { readJsonlLines } from './read-jsonl-lines.js';

// Analyses go back in batches: one message per line would cost more than the analysis itself.
const batchSize = 256;

function send(port: MessagePort, index: number, batch: LineAnalysis[], bytes: number): void {
  const analyses = packLineAnalyses(batch);
  port.postMessage({ kind: 'batch', index, analyses, bytes } satisfies LineRangeWorkerMessage, [
    analyses.numbers.buffer as ArrayBuffer,
  ]);
}

async function analyzeRange(
  port: MessagePort,
  setup: LineRangeWorkerSetup,
  options: AnalyzeLineOptions,
  task: LineRangeTask,
): Promise<void> {
  let batch: LineAnalysis[] = [];
  let lines = 0;
  let bytes = 0;
  for await (const line of readJsonlLines(setup.path, { start: task.start, end: task.end })) {
    lines = line.lineNumber;
    bytes += line.byteLength + 1;
    batch.push(analyzeLine(line, options));
    if (batch.length === batchSize) {
      send(port, task.index, batch, bytes);
      batch = [];
    }
  }
  send(port, task.index, batch, bytes);
  port.postMessage({ kind: 'done', index: task.index, lines } satisfies LineRangeWorkerMessage);
}

// One worker reads range after range, each given when the last is done, with one token counter
// over the main thread's rank tables.
const port = parentPort;
if (!port) throw new Error('line-range-worker must run in a worker thread');
const setup = workerData as LineRangeWorkerSetup;
const options: AnalyzeLineOptions = {
  counter: createTokenCounterOverRanks(setup.encoding, createBytePairRanks(setup.rankTables)),
  messagesFormat: setup.messagesFormat,
};
port.on('message', (task: LineRangeTask) => {
  analyzeRange(port, setup, options, task).catch((error: unknown) => {
    port.postMessage({
      kind: 'failed',
      message: error instanceof Error ? error.message : String(error),
      code: (error as NodeJS.ErrnoException).code,
    } satisfies LineRangeWorkerMessage);
  });
});
