import type { DatasetFormat } from '../models/model-catalog.js';
import type { LineAnalysis } from './analyze-line.js';
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

const fieldsPerLine = 8;
const formats: ReadonlyArray<DatasetFormat | null> = [
  null,
  'chat',
  'prompt-completion',
  'preference',
  'reinforcement',
];
const hasSystemFlag = 1;
const hasUserFlag = 2;
const hasDigestFlag = 4;

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
      (analysis.digest === null ? 0 : hasDigestFlag);
    if (analysis.digest !== null) {
      numbers[base + 6] = Number.parseInt(analysis.digest.slice(0, 8), 16);
      numbers[base + 7] = Number.parseInt(analysis.digest.slice(8, 16), 16);
    }
    if (analysis.issues.length > 0) issues.push([index, analysis.issues]);
  });
  return { count: analyses.length, numbers, issues };
}

/** Rebuilds the analyses one at a time, with line numbers moved by `lineOffset`. */
export function* unpackLineAnalyses(
  packed: PackedLineAnalyses,
  lineOffset: number,
): Generator<LineAnalysis> {
  let nextIssues = 0;
  for (let index = 0; index < packed.count; index++) {
    const base = index * fieldsPerLine;
    const flags = packed.numbers[base + 5] as number;
    let issues: ValidationIssue[] = [];
    const entry = packed.issues[nextIssues];
    if (entry !== undefined && entry[0] === index) {
      nextIssues++;
      issues =
        lineOffset === 0
          ? entry[1]
          : entry[1].map((issue) =>
              issue.line === undefined ? issue : { ...issue, line: issue.line + lineOffset },
            );
    }
    yield {
      lineNumber: (packed.numbers[base] as number) + lineOffset,
      issues,
      format: formats[packed.numbers[base + 1] as number] ?? null,
      messages: packed.numbers[base + 2] as number,
      totalTokens: packed.numbers[base + 3] as number,
      assistantTokens: packed.numbers[base + 4] as number,
      hasSystem: (flags & hasSystemFlag) !== 0,
      hasUser: (flags & hasUserFlag) !== 0,
      digest:
        (flags & hasDigestFlag) === 0
          ? null
          : `${hex(packed.numbers[base + 6] as number)}${hex(packed.numbers[base + 7] as number)}`,
    };
  }
}

function hex(value: number): string {
  return value.toString(16).padStart(8, '0');
}
