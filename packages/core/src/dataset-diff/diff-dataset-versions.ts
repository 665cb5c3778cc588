import { createHash } from 'node:crypto';
import type { DatasetReport } from '../dataset/dataset-report.js';
import { type ByteSource, readJsonlLines } from '../dataset/read-jsonl-lines.js';

/** How a dataset changed between two versions, example by example, and what that does to its cost. */
export interface DatasetDiff {
  /** False when the dataset is new (no base version). */
  readonly baseExists: boolean;
  readonly baseExamples: number;
  readonly headExamples: number;
  /** Examples whose prompt is new. */
  readonly added: number;
  /** Examples of the base whose prompt is gone. */
  readonly removed: number;
  /** Examples whose prompt is kept but whose answer, weights or other fields differ. */
  readonly changed: number;
  readonly unchanged: number;
  /** Head minus base billing tokens (per epoch). */
  readonly billingTokensDelta: number;
  /** Head minus base estimated training cost; null when either estimate is unknown. */
  readonly estimatedCostDeltaUsd: number | null;
}

interface ExampleKeys {
  /** The whole example, whitespace between JSON tokens ignored. */
  readonly content: string;
  /** What the example answers: every message but the assistant's, or the prompt/input. */
  readonly prompt: string;
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}

function promptOf(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  if (Array.isArray(record.messages)) {
    return record.messages.filter(
      (message) =>
        typeof message !== 'object' ||
        message === null ||
        (message as Record<string, unknown>).role !== 'assistant',
    );
  }
  if ('input' in record) return record.input;
  if ('prompt' in record) return record.prompt;
  return value;
}

function keysOf(text: string): ExampleKeys | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  try {
    const value: unknown = JSON.parse(trimmed);
    return {
      content: digest(JSON.stringify(value)),
      prompt: digest(JSON.stringify(promptOf(value))),
    };
  } catch {
    // A line that is not JSON still counts: it is its own prompt.
    return { content: digest(trimmed), prompt: digest(trimmed) };
  }
}

async function readKeys(source: ByteSource): Promise<ExampleKeys[]> {
  const keys: ExampleKeys[] = [];
  for await (const line of readJsonlLines(source)) {
    if (line.kind !== 'text') {
      keys.push({ content: `line:${line.lineNumber}`, prompt: `line:${line.lineNumber}` });
      continue;
    }
    const found = keysOf(line.text);
    if (found !== undefined) keys.push(found);
  }
  return keys;
}

function countBy(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/**
 * Compares two versions of a dataset example by example: identical examples are unchanged, an
 * example whose prompt is still there with a different answer is changed, the rest are added or
 * removed; the token and cost deltas come from the two versions' reports.
 * @example const diff = await diffDatasetVersions({ base: { source: 'old.jsonl', report: oldReport }, head: { source: 'new.jsonl', report } });
 */
export async function diffDatasetVersions(options: {
  base: { readonly source: ByteSource; readonly report: DatasetReport } | null;
  head: { readonly source: ByteSource; readonly report: DatasetReport };
}): Promise<DatasetDiff> {
  const { base, head } = options;
  const headKeys = await readKeys(head.source);
  const baseKeys = base === null ? [] : await readKeys(base.source);

  const baseContent = countBy(baseKeys.map((key) => key.content));
  let unchanged = 0;
  const headLeft: ExampleKeys[] = [];
  for (const key of headKeys) {
    const count = baseContent.get(key.content) ?? 0;
    if (count > 0) {
      baseContent.set(key.content, count - 1);
      unchanged++;
    } else headLeft.push(key);
  }
  const baseLeft = baseKeys.filter((key) => {
    const count = baseContent.get(key.content) ?? 0;
    if (count === 0) return false;
    baseContent.set(key.content, count - 1);
    return true;
  });
  const basePrompts = countBy(baseLeft.map((key) => key.prompt));
  let changed = 0;
  for (const key of headLeft) {
    const count = basePrompts.get(key.prompt) ?? 0;
    if (count > 0) {
      basePrompts.set(key.prompt, count - 1);
      changed++;
    }
  }
  const baseCost = base === null ? 0 : base.report.estimatedCostUsd;
  const headCost = head.report.estimatedCostUsd;
  return {
    baseExists: base !== null,
    baseExamples: base === null ? 0 : base.report.examples,
    headExamples: head.report.examples,
    added: headLeft.length - changed,
    removed: baseLeft.length - changed,
    changed,
    unchanged,
    billingTokensDelta: head.report.billingTokens - (base === null ? 0 : base.report.billingTokens),
    estimatedCostDeltaUsd: baseCost === null || headCost === null ? null : headCost - baseCost,
  };
}
