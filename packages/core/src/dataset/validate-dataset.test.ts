import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateDataset } from './validate-dataset.js';
import { validateDatasets } from './validate-datasets.js';

const fixtures = fileURLToPath(new URL('../../../../fixtures/openai/', import.meta.url));
const wakannai = fileURLToPath(
  new URL('../../../../examples/datasets/wakannai.jsonl', import.meta.url),
);

describe('validateDataset', () => {
  it("reproduces the founding walkthrough's numbers on its dataset", async () => {
    const report = await validateDataset({ source: wakannai, model: 'gpt-3.5-turbo' });
    expect(report).toMatchObject({
      format: 'chat',
      encoding: 'cl100k_base',
      examples: 10,
      errorCount: 0,
      missingSystem: 10,
      missingUser: 0,
      overLimit: 0,
      limit: 4096,
      billingTokens: 362,
      epochs: 10,
      chargedTokens: 3620,
      estimatedCostUsd: 0.02896,
    });
    expect(report.stats.totalTokensPerExample).toMatchObject({
      min: 31,
      max: 47,
      mean: 36.2,
      median: 35.5,
      p10: 31,
      p90: 42.5,
      // 44.74999999999999 before rounding: the walkthrough prints and stores 44.75.
      p95: 44.75,
    });
    expect(report.stats.assistantTokensPerExample).toMatchObject({
      min: 10,
      max: 10,
      mean: 10,
      median: 10,
    });
  });

  it("reproduces the cookbook notebook's counts and statistics on its toy dataset", async () => {
    const report = await validateDataset({
      source: `${fixtures}cookbook-toy-chat.jsonl`,
      model: 'gpt-3.5-turbo',
    });
    expect(report.examples).toBe(5);
    expect(report.missingSystem).toBe(1);
    expect(report.missingUser).toBe(1);
    expect(report.stats.messagesPerExample).toMatchObject({
      min: 2,
      max: 9,
      mean: 3.8,
      median: 3,
      p10: 2,
      // numpy gives 6.6000000000000005; reports carry 10 significant digits, without float noise.
      p90: 6.6,
    });
    expect(report.stats.totalTokensPerExample).toMatchObject({
      min: 26,
      max: 8032,
      mean: 1648.4,
      median: 45,
      p10: 26.8,
      p90: 4863.6,
    });
    expect(report.stats.assistantTokensPerExample).toMatchObject({
      min: 4,
      max: 8000,
      mean: 1610.2,
      median: 10,
      p10: 6,
      p90: 4811.2,
    });
    // The notebook's 4,096-token version: "1 examples may be over…", "~4306 tokens", 20 epochs, "~86120 tokens".
    expect(report).toMatchObject({
      overLimit: 1,
      billingTokens: 4306,
      epochs: 20,
      chargedTokens: 86120,
    });
  });

  it('counts the toy dataset with o200k_base for gpt-4o models', async () => {
    const report = await validateDataset({
      source: `${fixtures}cookbook-toy-chat.jsonl`,
      model: 'gpt-4o-2024-08-06',
    });
    expect(report.encoding).toBe('o200k_base');
    // Per-example totals under o200k_base are [43, 106, 26, 27, 8031].
    expect(report.billingTokens).toBe(43 + 106 + 26 + 27 + 8031);
    expect(report.overLimit).toBe(0);
  });

  it('uses the epochs given instead of the default', async () => {
    const report = await validateDataset({ source: wakannai, model: 'gpt-3.5-turbo', epochs: 3 });
    expect(report).toMatchObject({ epochs: 3, epochsAreDefault: false, chargedTokens: 1086 });
  });

  it('counts tokens of lines with a weight instead of crashing, as the notebook does', async () => {
    const line = JSON.stringify({
      messages: [
        { role: 'user', content: 'hi' },
        { role: 'assistant', content: 'hello', weight: 0 },
        { role: 'user', content: 'again' },
        { role: 'assistant', content: 'hello again', weight: 1 },
      ],
    });
    const report = await validateDataset({
      source: Readable.from([`${Array(10).fill(line).join('\n')}`]),
      model: 'gpt-4o-mini',
    });
    expect(report.errorCount).toBe(0);
    expect(report.stats.totalTokensPerExample.min).toBeGreaterThan(4 * 3 + 3);
  });

  it('says which file cannot be read', async () => {
    await expect(
      validateDataset({ source: '/nonexistent/train.jsonl', model: 'gpt-4o-mini' }),
    ).rejects.toMatchObject({
      code: 'file_unreadable',
      message: 'Cannot read /nonexistent/train.jsonl: no such file.',
    });
  });

  it('lists the known models when the model is unknown', async () => {
    await expect(validateDataset({ source: wakannai, model: 'gpt-5-turbo' })).rejects.toMatchObject(
      {
        code: 'unknown_model',
        hint: expect.stringContaining('gpt-4o-mini-2024-07-18'),
      },
    );
  });
});

describe('validateDatasets', () => {
  it('warns about validation examples that are also in the training file, naming both lines', async () => {
    const lines = Array.from({ length: 12 }, (_, index) =>
      JSON.stringify({
        messages: [
          { role: 'user', content: `q${index}` },
          { role: 'assistant', content: `a${index}` },
        ],
      }),
    );
    const result = await validateDatasets({
      model: 'gpt-4o-mini',
      training: { source: Readable.from([lines.join('\n')]), name: 'train.jsonl' },
      validation: {
        source: Readable.from([[lines[5], 'x'.replace('x', lines[11] ?? '')].join('\n')]),
        name: 'valid.jsonl',
      },
    });
    const overlaps = result.validation?.issues.filter(
      (issue) => issue.code === 'train_validation_overlap',
    );
    expect(overlaps?.map((issue) => [issue.line, issue.message])).toEqual([
      [1, 'Example is also line 6 of the training file train.jsonl.'],
      [2, 'Example is also line 12 of the training file train.jsonl.'],
    ]);
    expect(result.validation?.chargedTokens).toBe(0);
    expect(result.validation?.issues.some((issue) => issue.code === 'too_few_examples')).toBe(
      false,
    );
  });
});
