import type { BytePairRankTables } from '../tokens/byte-pair-ranks.js';
import type { TokenEncodingName } from '../tokens/token-encoding.js';
import type { AnalyzeLineOptions } from './analyze-line.js';
import type { PackedLineAnalyses } from './pack-line-analyses.js';

/** What a worker is given once: the file, how to read its lines, and the shared rank tables. */
export interface LineRangeWorkerSetup {
  readonly path: string;
  readonly encoding: TokenEncodingName;
  readonly rankTables: BytePairRankTables;
  readonly messagesFormat: AnalyzeLineOptions['messagesFormat'];
}

/** One byte range of the file for a worker to analyze, its lines numbered from 1. */
export interface LineRangeTask {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

export type LineRangeWorkerMessage =
  | {
      readonly kind: 'batch';
      readonly index: number;
      readonly analyses: PackedLineAnalyses;
      readonly bytes: number;
    }
  | { readonly kind: 'done'; readonly index: number; readonly lines: number }
  | { readonly kind: 'failed'; readonly message: string; readonly code: string | undefined };
