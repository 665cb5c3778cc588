import { describe, expect, it } from 'vitest';
import type { DatasetReport } from '../dataset/dataset-report.js';
import { diffDatasetVersions } from './diff-dataset-versions.js';

function line(user: string, assistant: string): string {
  return JSON.stringify({
    messages: [
      { role: 'user', content: user },
      { role: 'assistant', content: assistant },
    ],
  });
}

async function* bytes(lines: readonly string[]): AsyncGenerator<string> {
  yield `${lines.join('\n')}\n`;
}

function report(options: { examples: number; billingTokens: number; cost: number | null }) {
  return {
    examples: options.examples,
    billingTokens: options.billingTokens,
    estimatedCostUsd: options.cost,
  } as DatasetReport;
}

describe('diffDatasetVersions', () => {
  it('counts added, removed, changed and unchanged examples and the cost deltas', async () => {
    const base = [line('a', '1'), line('b', '2'), line('c', '3'), line('c', '3')];
    const head = [line('a', '1'), line('b', 'two'), line('c', '3'), line('d', '4'), line('e', '5')];
    const diff = await diffDatasetVersions({
      base: { source: bytes(base), report: report({ examples: 4, billingTokens: 100, cost: 0.5 }) },
      head: {
        source: bytes(head),
        report: report({ examples: 5, billingTokens: 130, cost: 0.65 }),
      },
    });
    expect(diff).toMatchObject({
      baseExists: true,
      unchanged: 2,
      changed: 1,
      added: 2,
      removed: 1,
      billingTokensDelta: 30,
    });
    expect(diff.estimatedCostDeltaUsd).toBeCloseTo(0.15, 10);
  });

  it('treats every example of a new dataset as added', async () => {
    const diff = await diffDatasetVersions({
      base: null,
      head: {
        source: bytes([line('a', '1'), line('b', '2')]),
        report: report({ examples: 2, billingTokens: 40, cost: null }),
      },
    });
    expect(diff).toMatchObject({ baseExists: false, added: 2, removed: 0, changed: 0 });
    expect(diff.billingTokensDelta).toBe(40);
    expect(diff.estimatedCostDeltaUsd).toBeNull();
  });

  it('ignores whitespace between JSON tokens', async () => {
    const diff = await diffDatasetVersions({
      base: {
        source: bytes(['{"prompt": "x", "completion": "y"}']),
        report: report({ examples: 1, billingTokens: 5, cost: 0 }),
      },
      head: {
        source: bytes(['{"prompt":"x","completion":"y"}']),
        report: report({ examples: 1, billingTokens: 5, cost: 0 }),
      },
    });
    expect(diff).toMatchObject({ unchanged: 1, added: 0, removed: 0, changed: 0 });
  });
});
