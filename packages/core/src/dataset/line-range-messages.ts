import type { TokenEncodingName } from '../tokens/token-encoding.js';
import type { AnalyzeLineOptions } from './analyze-line.js';
import type { PackedLineAnalyses } from './pack-line-analyses.js';

/** What a worker is asked to analyze: one byte range of a file, its lines numbered from 1. */
export interface LineRangeTask {
  readonly path: string;
  readonly start: number;
  readonly end: number;
  readonly encoding: TokenEncodingName;
  readonly messagesFormat: AnalyzeLineOptions['messagesFormat'];
}

export type LineRangeWorkerMessage =
  | { readonly kind: 'batch'; readonly analyses: PackedLineAnalyses; readonly bytes: number }
  | { readonly kind: 'done'; readonly lines: number }
  | { readonly kind: 'failed'; readonly message: string; readonly code: string | undefined };
