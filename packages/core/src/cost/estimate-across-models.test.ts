import { createReadStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { estimateAcrossModels } from './estimate-across-models.js';

const wakannai = fileURLToPath(
  new URL('../../../../examples/datasets/wakannai.jsonl', import.meta.url),
);

describe('estimateAcrossModels', () => {
  it('prices the walkthrough for every chat model, each with its own encoding', async () => {
    const { report, estimates } = await estimateAcrossModels({
      source: wakannai,
      name: 'wakannai',
    });
    expect(report).toMatchObject({ path: 'wakannai', format: 'chat', examples: 10 });
    const byModel = new Map(estimates.map((estimate) => [estimate.model, estimate]));
    expect(byModel.get('gpt-3.5-turbo')).toMatchObject({
      encoding: 'cl100k_base',
      billingTokens: 362,
      epochs: 10,
      chargedTokens: 3620,
      estimatedCostUsd: 0.02896,
      trainingPerHour: null,
    });
    expect(byModel.get('gpt-4o-mini-2024-07-18')?.encoding).toBe('o200k_base');
    expect(byModel.has('babbage-002')).toBe(false);
  });

  it('prices only the models asked for, with the epochs given, from bytes read afresh', async () => {
    const { estimates } = await estimateAcrossModels({
      source: () => createReadStream(wakannai),
      models: ['gpt-3.5-turbo', 'gpt-4o-mini'],
      epochs: 3,
    });
    expect(estimates).toEqual([
      expect.objectContaining({ model: 'gpt-3.5-turbo', epochs: 3, chargedTokens: 1086 }),
      expect.objectContaining({ model: 'gpt-4o-mini-2024-07-18', epochs: 3 }),
    ]);
  });
});
