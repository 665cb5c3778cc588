import { open, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { TunelineError } from '../errors/tuneline-error.js';
import { getModel } from '../models/find-model.js';
import type { FineTuningMethodType, ModelInfo } from '../models/model-catalog.js';
import type { IntegerHistogram } from '../stats/integer-histogram.js';
import { getTokenCounter } from '../tokens/get-token-counter.js';
import { analyzeFileInParallel, canAnalyzeInParallel } from './analyze-file-in-parallel.js';
import { analyzeLine } from './analyze-line.js';
import { DatasetAccumulator } from './dataset-accumulator.js';
import type { DatasetReport } from './dataset-report.js';
import type { ExampleDigests } from './example-digests.js';
import { readFileChunks } from './read-file-chunks.js';
import { type ByteSource, readJsonlLines } from './read-jsonl-lines.js';
import { sniffEncoding, sniffedBytes } from './sniff-encoding.js';

export interface ValidateDatasetOptions {
  /** A file path, or the file's bytes as a stream. */
  readonly source: ByteSource;
  /** The name diagnostics use; defaults to the path. */
  readonly name?: string;
  /** A model id, alias or `ft:` id from the catalog, or a model described by the user. */
  readonly model: string | ModelInfo;
  /** Overrides OpenAI's default epochs in the estimate. */
  readonly epochs?: number;
  /** How lines with `messages` are read; defaults to the model's first method. */
  readonly method?: FineTuningMethodType;
  readonly role?: 'training' | 'validation';
  /**
   * Worker threads for a file on disk; 1 reads it in this thread. By default, one per CPU, at most
   * 2, for files large enough to gain from it: each worker holds its own tokenizer and heap (about
   * 130 MB), so more would make memory grow with the machine rather than stay flat.
   */
  readonly threads?: number;
  /**
   * Heap (old generation, MB) of each worker: small, so memory stays flat however many examples a
   * file has. A file whose lines need more is read again in this thread. Default 96.
   */
  readonly workerHeapMegabytes?: number;
  /** Called as bytes are read, for progress displays. */
  readonly onProgress?: (bytesRead: number) => void;
}

export interface ValidateDatasetResult {
  readonly report: DatasetReport;
  /**
   * Digest of each example to its line, to compare a validation file against: kept only when
   * asked for (`keepDigests`), and then the caller disposes of it.
   */
  readonly digests: ExampleDigests;
  /** How many examples have each total of tokens, to price the same data for other models. */
  readonly exampleTokens: IntegerHistogram;
}

/** Whether a file's start shows no encoding problem; a bad one is reported by the one-thread read. */
async function startsCleanly(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(sniffedBytes);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return sniffEncoding(head.subarray(0, bytesRead)) === undefined;
  } finally {
    await handle.close();
  }
}

const defaultMaxThreads = 2;

/** Below this size, starting workers (each loads its own tokenizer) costs more than it saves. */
const parallelThresholdBytes = 16 * 1024 * 1024;

function describeReadError(path: string, error: unknown): TunelineError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'it is a directory'
        : code === 'EACCES'
          ? 'permission denied'
          : String((error as Error).message ?? error);
  return new TunelineError('file_unreadable', `Cannot read ${path}: ${reason}.`, {
    cause: error,
    hint: 'Check the path; globs are expanded relative to the current directory.',
  });
}

async function* countBytes(
  source: AsyncIterable<Uint8Array | string>,
  onChunk: (length: number) => void,
): AsyncGenerator<Uint8Array | string> {
  for await (const chunk of source) {
    onChunk(typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength);
    yield chunk;
  }
}

/** @internal Shared by validateDataset and validateDatasets, which also compares files. */
export async function runDatasetValidation(
  options: ValidateDatasetOptions & {
    readonly trainingDigests?: ExampleDigests;
    readonly trainingPath?: string;
    /** Keep the digests' temporary files for the caller, who disposes of them. */
    readonly keepDigests?: boolean;
    /** Digests kept in memory before they go to temporary files (default 2 million). */
    readonly maxDigestsInMemory?: number;
  },
): Promise<ValidateDatasetResult> {
  const model = typeof options.model === 'string' ? getModel(options.model) : options.model;
  const modelId = typeof options.model === 'string' ? options.model : options.model.id;
  const path =
    options.name ?? (typeof options.source === 'string' ? options.source : 'dataset.jsonl');
  let fileSize: number | undefined;
  if (typeof options.source === 'string') {
    try {
      const info = await stat(options.source);
      if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
      fileSize = info.size;
    } catch (error) {
      throw describeReadError(path, error);
    }
  }

  const method = options.method ?? model.methods[0] ?? 'supervised';
  const createAccumulator = () =>
    new DatasetAccumulator({
      path,
      role: options.role ?? 'training',
      model,
      modelId,
      ...(options.epochs === undefined ? {} : { epochs: options.epochs }),
      ...(options.trainingDigests === undefined
        ? {}
        : { trainingDigests: options.trainingDigests }),
      ...(options.trainingPath === undefined ? {} : { trainingPath: options.trainingPath }),
      ...(options.maxDigestsInMemory === undefined
        ? {}
        : { maxDigestsInMemory: options.maxDigestsInMemory }),
    });
  let accumulator = createAccumulator();
  const messagesFormat = method === 'reinforcement' ? 'reinforcement' : 'chat';
  const threads = Math.max(
    1,
    options.threads ?? Math.min(availableParallelism(), defaultMaxThreads),
  );
  let bytes = 0;
  try {
    let inParallel =
      typeof options.source === 'string' &&
      fileSize !== undefined &&
      threads > 1 &&
      (options.threads !== undefined || fileSize >= parallelThresholdBytes) &&
      canAnalyzeInParallel() &&
      (await startsCleanly(options.source));
    if (inParallel && typeof options.source === 'string' && fileSize !== undefined) {
      try {
        await analyzeFileInParallel({
          path: options.source,
          size: fileSize,
          threads,
          encoding: model.encoding,
          messagesFormat,
          heapMegabytes: options.workerHeapMegabytes ?? 96,
          onBatch: (batch, lineOffset) => accumulator.addPacked(batch, lineOffset),
          ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        });
        bytes = fileSize;
      } catch (error) {
        // Workers run in a small heap to keep memory flat; a file with huge lines is read again
        // in this thread, which has the whole heap.
        if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_OUT_OF_MEMORY') throw error;
        accumulator.dispose();
        accumulator = createAccumulator();
        inParallel = false;
      }
    }
    if (!inParallel) {
      const source =
        typeof options.source === 'string' ? readFileChunks(options.source) : options.source;
      const counted = countBytes(source, (length) => {
        bytes += length;
        options.onProgress?.(bytes);
      });
      const analyzeOptions = { counter: getTokenCounter(model.encoding), messagesFormat } as const;
      for await (const line of readJsonlLines(counted)) {
        accumulator.add(analyzeLine(line, analyzeOptions));
      }
    }
    const report = accumulator.finish(bytes);
    if (!options.keepDigests) accumulator.dispose();
    return { report, digests: accumulator.digests, exampleTokens: accumulator.exampleTokens };
  } catch (error) {
    accumulator.dispose();
    if (TunelineError.isInstance(error)) throw error;
    throw describeReadError(path, error);
  }
}

/**
 * Validates a fine-tuning dataset in one streaming pass: every problem with its line, token
 * statistics by the model's encoding, default epochs and the training cost estimate.
 * @example const report = await validateDataset({ source: 'train.jsonl', model: 'gpt-4o-mini' });
 */
export async function validateDataset(options: ValidateDatasetOptions): Promise<DatasetReport> {
  return (await runDatasetValidation(options)).report;
}
