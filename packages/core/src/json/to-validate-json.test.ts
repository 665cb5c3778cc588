import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../dataset/validate-dataset.js';
import { toValidateJson } from './to-validate-json.js';

const wakannai = fileURLToPath(
  new URL('../../../../examples/datasets/wakannai.jsonl', import.meta.url),
);

describe('toValidateJson', () => {
  it('gives every file its counts, estimate and issues with the same keys, at version 1', async () => {
    const report = await validateDataset({
      source: wakannai,
      name: 'wakannai.jsonl',
      model: 'gpt-3.5-turbo',
    });
    const json = toValidateJson([report]);
    expect(json.version).toBe(1);
    expect(json.files[0]).toMatchObject({
      path: 'wakannai.jsonl',
      role: 'training',
      format: 'chat',
      examples: 10,
      billingTokens: 362,
      chargedTokens: 3620,
      estimatedCostUsd: 0.02896,
    });
    for (const issue of json.files[0]?.issues ?? []) {
      expect(Object.keys(issue)).toEqual(
        expect.arrayContaining(['severity', 'code', 'line', 'path', 'message', 'hint']),
      );
    }
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
