import { estimateTrainingCost } from '../cost/estimate-training-cost.js';
import type { DatasetFormat, ModelInfo } from '../models/model-catalog.js';
import { redactSecrets } from '../redaction/redact-secrets.js';
import { IntegerHistogram } from '../stats/integer-histogram.js';
import type { DistributionSummary } from '../stats/summarize-distribution.js';
import type { LineAnalysis } from './analyze-line.js';
import type { DatasetReport, EstimatedTokenField } from './dataset-report.js';
import { digestHigh, digestLow } from './digest-table.js';
import { ExampleDigests, SpilledRecords } from './example-digests.js';
import {
  estimatedToolCallsFlag,
  estimatedToolsFlag,
  fieldsPerLine,
  formats,
  hasDigestFlag,
  hasSystemFlag,
  hasUserFlag,
  type PackedLineAnalyses,
} from './pack-line-analyses.js';
import type { IssueCode, ValidationIssue } from './validation-issue.js';

export const minimumExamples = 10;
export const recommendedExamples = 50;
/** OpenAI's Files API limit for one file. */
export const maxFileBytes = 512 * 1024 * 1024;
/** A file with a systematic mistake would otherwise list it on every line. */
const listedIssuesPerCode = 200;
/** However many codes a broken file hits, the report lists at most this many line issues. */
export const listedIssuesPerFile = 1000;

/**
 * Statistics to 10 significant digits: interpolation leaves float noise (44.74999999999999) that
 * would otherwise reach every JSON report; no count of tokens needs more digits.
 */
function roundSummary(summary: DistributionSummary): DistributionSummary {
  const round = (value: number) => Number(value.toPrecision(10));
  return {
    min: round(summary.min),
    max: round(summary.max),
    mean: round(summary.mean),
    median: round(summary.median),
    p5: round(summary.p5),
    p95: round(summary.p95),
    p10: round(summary.p10),
    p90: round(summary.p90),
  };
}

/** What one line adds to the report, in one reusable record. */
interface LineFacts {
  line: number;
  format: DatasetFormat | null;
  messages: number;
  totalTokens: number;
  assistantTokens: number;
  hasSystem: boolean;
  hasUser: boolean;
  hasDigest: boolean;
  digestHigh: number;
  digestLow: number;
  estimatesTools: boolean;
  estimatesToolCalls: boolean;
}

const noIssues: readonly ValidationIssue[] = [];

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

const formatLabels: Record<DatasetFormat, string> = {
  chat: 'chat (supervised)',
  'prompt-completion': 'prompt/completion',
  preference: 'preference (DPO)',
  reinforcement: 'reinforcement (RFT)',
};

function formatIsSupported(format: DatasetFormat, model: ModelInfo): boolean {
  switch (format) {
    case 'chat':
      return model.methods.includes('supervised') && model.supervisedFormat === 'chat';
    case 'prompt-completion':
      return model.methods.includes('supervised') && model.supervisedFormat === 'prompt-completion';
    case 'preference':
      return model.methods.includes('dpo');
    case 'reinforcement':
      return model.methods.includes('reinforcement');
  }
}

/**
 * Folds line analyses, in line order, into a dataset report. Keeps per-example counts in
 * histograms (a fixed size, whatever the number of examples) for exact percentiles, and one 64-bit
 * digest per example in a compact table to find duplicates: memory grows by the table alone.
 */
export class DatasetAccumulator {
  private readonly listed: ValidationIssue[] = [];
  private readonly listedPerCode = new Map<IssueCode, number>();
  private errorCount = 0;
  private warningCount = 0;
  private omittedIssues = 0;
  /** Issues found once the whole file is read are few, and always listed. */
  private finishing = false;
  private readonly omittedByCode = new Map<IssueCode, number>();
  private format: DatasetFormat | null = null;
  private formatLine = 0;
  private lines = 0;
  private readonly messagesPerExample = new IntegerHistogram();
  private readonly totalTokensPerExample = new IntegerHistogram();
  private readonly assistantTokensPerExample = new IntegerHistogram();
  private missingSystem = 0;
  private missingUser = 0;
  private overLimit = 0;
  private readonly estimatedTokenFields = new Set<EstimatedTokenField>();
  /** Digest of each example to the line it first appears on; its owner disposes of it. */
  readonly digests: ExampleDigests;
  /** Lines of this validation file to look up in a training file whose digests went to disk. */
  private overlapCandidates: SpilledRecords | undefined;

  constructor(
    private readonly options: {
      readonly path: string;
      readonly role: 'training' | 'validation';
      readonly model: ModelInfo;
      readonly modelId: string;
      readonly epochs?: number;
      /** The training file's digests, when this is its validation file. */
      readonly trainingDigests?: ExampleDigests;
      readonly trainingPath?: string;
      /** Digests kept in memory before they go to temporary files (default 2 million). */
      readonly maxDigestsInMemory?: number;
    },
  ) {
    this.digests = new ExampleDigests(
      options.maxDigestsInMemory === undefined
        ? {}
        : { maxDigestsInMemory: options.maxDigestsInMemory },
    );
  }

  /** Removes the temporary files of this file's digests, if it had any. */
  dispose(): void {
    this.overlapCandidates?.dispose();
    this.digests.dispose();
  }

  /** Whole-file issues (no line) are always listed; line issues up to the caps. */
  private report(issue: ValidationIssue): void {
    if (issue.severity === 'error') this.errorCount++;
    else this.warningCount++;
    const listed = this.listedPerCode.get(issue.code) ?? 0;
    if (
      issue.line !== undefined &&
      !this.finishing &&
      (listed >= listedIssuesPerCode || this.listed.length >= listedIssuesPerFile)
    ) {
      this.omittedIssues++;
      this.omittedByCode.set(issue.code, (this.omittedByCode.get(issue.code) ?? 0) + 1);
      return;
    }
    this.listedPerCode.set(issue.code, listed + 1);
    // The last guard before a message leaves core: whatever built it, no credential goes out.
    this.listed.push({
      ...issue,
      ...(issue.path === undefined ? {} : { path: redactSecrets(issue.path) }),
      message: redactSecrets(issue.message),
    });
  }

  add(analysis: LineAnalysis): void {
    const facts = this.scratch;
    facts.line = analysis.lineNumber;
    facts.format = analysis.format;
    facts.messages = analysis.messages;
    facts.totalTokens = analysis.totalTokens;
    facts.assistantTokens = analysis.assistantTokens;
    facts.hasSystem = analysis.hasSystem;
    facts.hasUser = analysis.hasUser;
    facts.hasDigest = analysis.digest !== null;
    facts.digestHigh = analysis.digest === null ? 0 : digestHigh(analysis.digest);
    facts.digestLow = analysis.digest === null ? 0 : digestLow(analysis.digest);
    facts.estimatesTools = analysis.estimatedTokenFields.includes('tools');
    facts.estimatesToolCalls = analysis.estimatedTokenFields.includes('tool_calls');
    this.addFacts(facts, analysis.issues);
  }

  /**
   * Adds a worker's packed analyses straight from their typed array, with line numbers moved by
   * `lineOffset`: no object per line, so the main thread's heap does not grow with the file.
   */
  addPacked(packed: PackedLineAnalyses, lineOffset: number): void {
    const facts = this.scratch;
    const numbers = packed.numbers;
    let nextIssues = 0;
    for (let index = 0; index < packed.count; index++) {
      const base = index * fieldsPerLine;
      const flags = numbers[base + 5] as number;
      facts.line = (numbers[base] as number) + lineOffset;
      facts.format = formats[numbers[base + 1] as number] ?? null;
      facts.messages = numbers[base + 2] as number;
      facts.totalTokens = numbers[base + 3] as number;
      facts.assistantTokens = numbers[base + 4] as number;
      facts.hasSystem = (flags & hasSystemFlag) !== 0;
      facts.hasUser = (flags & hasUserFlag) !== 0;
      facts.hasDigest = (flags & hasDigestFlag) !== 0;
      facts.digestHigh = numbers[base + 6] as number;
      facts.digestLow = numbers[base + 7] as number;
      facts.estimatesTools = (flags & estimatedToolsFlag) !== 0;
      facts.estimatesToolCalls = (flags & estimatedToolCallsFlag) !== 0;
      let issues: readonly ValidationIssue[] = noIssues;
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
      this.addFacts(facts, issues);
    }
  }

  /** Reused for every line, so adding a line allocates nothing. */
  private readonly scratch: LineFacts = {
    line: 0,
    format: null,
    messages: 0,
    totalTokens: 0,
    assistantTokens: 0,
    hasSystem: false,
    hasUser: false,
    hasDigest: false,
    digestHigh: 0,
    digestLow: 0,
    estimatesTools: false,
    estimatesToolCalls: false,
  };

  private addFacts(facts: LineFacts, issues: readonly ValidationIssue[]): void {
    const line = facts.line;
    this.lines = Math.max(this.lines, line);
    for (const issue of issues) this.report(issue);
    if (facts.format === null || !facts.hasDigest) return;
    if (this.format === null) {
      this.format = facts.format;
      this.formatLine = line;
    } else if (facts.format !== this.format) {
      this.report({
        severity: 'error',
        code: 'mixed_formats',
        line,
        message: `Line is ${formatLabels[facts.format]}, but line ${this.formatLine} made the file ${formatLabels[this.format]}.`,
        hint: 'Keep one format per file.',
      });
    }
    this.messagesPerExample.add(facts.messages);
    this.totalTokensPerExample.add(facts.totalTokens);
    if (facts.estimatesTools) this.estimatedTokenFields.add('tools');
    if (facts.estimatesToolCalls) this.estimatedTokenFields.add('tool_calls');
    this.assistantTokensPerExample.add(facts.assistantTokens);
    if (!facts.hasSystem) this.missingSystem++;
    if (!facts.hasUser) this.missingUser++;
    const limit = this.options.model.trainingExampleTokenLimit;
    if (facts.totalTokens > limit) {
      this.overLimit++;
      this.report({
        severity: 'warning',
        code: 'example_over_token_limit',
        line,
        message: `Example has ${facts.totalTokens} tokens, over the ${limit}-token training limit of ${this.options.model.id}.`,
        hint: `OpenAI truncates it to the first ${limit} tokens; shorten it or split the conversation.`,
      });
    }
    const firstLine = this.digests.add(facts.digestHigh, facts.digestLow, line);
    if (firstLine !== undefined) this.reportDuplicate(line, firstLine);
    const trainingDigests = this.options.trainingDigests;
    if (trainingDigests?.spilled) {
      this.overlapCandidates ??= new SpilledRecords(this.digests.temporaryDirectory);
      this.overlapCandidates.write(facts.digestHigh, facts.digestLow, line);
    } else {
      const trainingLine = trainingDigests?.lineOf(facts.digestHigh, facts.digestLow);
      if (trainingLine !== undefined) this.reportOverlap(line, trainingLine);
    }
  }

  private reportDuplicate(line: number, firstLine: number): void {
    this.report({
      severity: 'warning',
      code: 'duplicate_example',
      line,
      message: `Example is a copy of line ${firstLine}.`,
      hint: 'Remove the copy: duplicates weigh an example more and cost tokens.',
    });
  }

  private reportOverlap(line: number, trainingLine: number): void {
    this.report({
      severity: 'warning',
      code: 'train_validation_overlap',
      line,
      message:
        `Example is also line ${trainingLine} of the training file ${this.options.trainingPath ?? ''}.`.replace(
          ' .',
          '.',
        ),
      hint: 'Keep validation examples out of the training file, or validation loss will look better than it is.',
    });
  }

  /** Finds the duplicates and overlaps of digests that went to disk, then removes the files. */
  private reportSpilledMatches(): void {
    this.digests.forEachSpilledDuplicate((line, firstLine) =>
      this.reportDuplicate(line, firstLine),
    );
    const candidates = this.overlapCandidates;
    if (candidates !== undefined) {
      this.options.trainingDigests?.forEachSpilledMatch(candidates, (line, trainingLine) =>
        this.reportOverlap(line, trainingLine),
      );
      candidates.dispose();
      this.overlapCandidates = undefined;
    }
  }

  /** How many examples have each total of tokens. */
  get exampleTokens(): IntegerHistogram {
    return this.totalTokensPerExample;
  }

  /** Bytes the per-example statistics hold (the duplicate table aside). */
  get statisticsByteLength(): number {
    return (
      this.messagesPerExample.byteLength +
      this.totalTokensPerExample.byteLength +
      this.assistantTokensPerExample.byteLength
    );
  }

  finish(bytes: number): DatasetReport {
    this.reportSpilledMatches();
    this.finishing = true;
    const { model, role } = this.options;
    const examples = this.totalTokensPerExample.count;
    if (bytes > maxFileBytes) {
      this.report({
        severity: 'error',
        code: 'file_too_large',
        message: `File is ${bytes} bytes, over OpenAI's 512 MB limit for one file.`,
        hint: 'Split the dataset, or sample it down.',
      });
    }
    if (this.format !== null && !formatIsSupported(this.format, model)) {
      const supported = model.methods.join(', ');
      this.report({
        severity: 'error',
        code: 'format_not_supported_by_model',
        line: this.formatLine,
        message: `File is ${formatLabels[this.format]}, which ${model.id} cannot be fine-tuned on (it supports: ${supported}).`,
        hint: 'Choose a model that supports this format (see `npx tuneline models`), or convert the data.',
      });
    }
    if (role === 'training') {
      if (examples < minimumExamples) {
        this.report({
          severity: 'error',
          code: 'too_few_examples',
          message: `File has ${plural(examples, 'example')}; OpenAI requires at least ${minimumExamples}.`,
          hint: `Add examples: ${recommendedExamples}–100 well-chosen ones usually show clear gains.`,
        });
      } else if (examples < recommendedExamples) {
        this.report({
          severity: 'warning',
          code: 'few_examples',
          message: `File has ${plural(examples, 'example')}; ${recommendedExamples}–100 are recommended.`,
          hint: 'More examples usually give a clearer improvement.',
        });
      }
    }
    const estimate = estimateTrainingCost({
      exampleTokens: this.totalTokensPerExample,
      limit: model.trainingExampleTokenLimit,
      prices: model.prices,
      ...(this.options.epochs === undefined ? {} : { epochs: this.options.epochs }),
    });
    const billed = role === 'training';
    const issues = [...this.listed].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return {
      path: this.options.path,
      role,
      format: this.format,
      model: this.options.modelId,
      encoding: model.encoding,
      bytes,
      lines: this.lines,
      examples,
      issues,
      errorCount: this.errorCount,
      warningCount: this.warningCount,
      omittedIssues: this.omittedIssues,
      omittedIssuesByCode: Object.fromEntries(this.omittedByCode),
      stats: {
        messagesPerExample: roundSummary(this.messagesPerExample.summarize()),
        totalTokensPerExample: roundSummary(this.totalTokensPerExample.summarize()),
        assistantTokensPerExample: roundSummary(this.assistantTokensPerExample.summarize()),
      },
      missingSystem: this.missingSystem,
      missingUser: this.missingUser,
      overLimit: this.overLimit,
      limit: model.trainingExampleTokenLimit,
      billingTokens: estimate.billingTokens,
      epochs: estimate.epochs,
      epochsAreDefault: estimate.epochsAreDefault,
      // Validation examples are evaluated, not trained on, and OpenAI does not bill them.
      chargedTokens: billed ? estimate.chargedTokens : 0,
      estimatedCostUsd: billed
        ? estimate.estimatedCostUsd
        : estimate.estimatedCostUsd === null
          ? null
          : 0,
      estimatedTokenFields: (['tools', 'tool_calls'] as const).filter((field) =>
        this.estimatedTokenFields.has(field),
      ),
    };
  }
}
