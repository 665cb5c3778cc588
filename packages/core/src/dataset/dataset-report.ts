import type { DatasetFormat } from '../models/model-catalog.js';
import type { DistributionSummary } from '../stats/summarize-distribution.js';
import type { TokenEncodingName } from '../tokens/token-encoding.js';
import type { IssueCode, ValidationIssue } from './validation-issue.js';

/** Parts of a dataset whose tokens are estimated by OpenAI's published recipe, not counted exactly. */
export type EstimatedTokenField = 'tools' | 'tool_calls';

/** Everything Tuneline knows about one dataset file: its problems, statistics and cost. */
export interface DatasetReport {
  readonly path: string;
  /** Training data is billed; validation data is only evaluated. */
  readonly role: 'training' | 'validation';
  readonly format: DatasetFormat | null;
  readonly model: string;
  readonly encoding: TokenEncodingName;
  readonly bytes: number;
  readonly lines: number;
  readonly examples: number;
  readonly issues: readonly ValidationIssue[];
  readonly errorCount: number;
  readonly warningCount: number;
  /** Issues counted but not listed: beyond the first 200 of a code, or the first 1,000 of the file. */
  readonly omittedIssues: number;
  /** How many issues of each code were counted but not listed. */
  readonly omittedIssuesByCode: Readonly<Partial<Record<IssueCode, number>>>;
  readonly stats: {
    readonly messagesPerExample: DistributionSummary;
    readonly totalTokensPerExample: DistributionSummary;
    readonly assistantTokensPerExample: DistributionSummary;
  };
  readonly missingSystem: number;
  readonly missingUser: number;
  readonly overLimit: number;
  readonly limit: number;
  readonly billingTokens: number;
  readonly epochs: number;
  readonly epochsAreDefault: boolean;
  readonly chargedTokens: number;
  readonly estimatedCostUsd: number | null;
  /** What the file holds whose tokens are estimates (every other token is counted exactly). */
  readonly estimatedTokenFields: readonly EstimatedTokenField[];
}
