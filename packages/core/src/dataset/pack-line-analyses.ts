import type { DatasetFormat } from '../models/model-catalog.js';
import type { LineAnalysis } from './analyze-line.js';
import { digestHigh, digestLow } from './digest-table.js';
import type { ValidationIssue } from './validation-issue.js';

/**
 * Line analyses as a worker sends them: numbers in one typed array (32 bytes a line) and issues
 * only for the lines that have some. A range waiting for the ones before it is held in this form,
 * so holding half a file of short examples costs megabytes, not gigabytes of objects.
 */
export interface PackedLineAnalyses {
  readonly count: number;
  readonly numbers: Uint32Array;
  readonly issues: ReadonlyArray<readonly [index: number, issues: ValidationIssue[]]>;
}

export const fieldsPerLine = 8;
export const formats: ReadonlyArray<DatasetFormat | null> = [
  null,
  'chat',
  'prompt-completion',
  'preference',
  'reinforcement',
];
export const hasSystemFlag = 1;
export const hasUserFlag = 2;
export const hasDigestFlag = 4;
export const estimatedToolsFlag = 8;
export const estimatedToolCallsFlag = 16;

export function packLineAnalyses(analyses: readonly LineAnalysis[]): PackedLineAnalyses {
  const numbers = new Uint32Array(analyses.length * fieldsPerLine);
  const issues: Array<readonly [number, ValidationIssue[]]> = [];
  analyses.forEach((analysis, index) => {
    const base = index * fieldsPerLine;
    numbers[base] = analysis.lineNumber;
    numbers[base + 1] = formats.indexOf(analysis.format);
    numbers[base + 2] = analysis.messages;
    numbers[base + 3] = analysis.totalTokens;
    numbers[base + 4] = analysis.assistantTokens;
    numbers[base + 5] =
      (analysis.hasSystem ? hasSystemFlag : 0) |
      (analysis.hasUser ? hasUserFlag : 0) |
      (analysis.digest === null ? 0 : hasDigestFlag) |
      (analysis.estimatedTokenFields.includes('tools') ? estimatedToolsFlag : 0) |
      (analysis.estimatedTokenFields.includes('tool_calls') ? estimatedToolCallsFlag : 0);
    if (analysis.digest !== null) {
      numbers[base + 6] = digestHigh(analysis.digest);
      numbers[base + 7] = digestLow(analysis.digest);
    }
    if (analysis.issues.length > 0) issues.push([index, analysis.issues]);
  });
  return { count: analyses.length, numbers, issues };
}
