import { describe, expect, it } from 'vitest';
import { getModel } from '../models/find-model.js';
import { DatasetAccumulator } from './dataset-accumulator.js';

/** 16 hex digits as uniform as the SHA-1 digests lines get: the table relies on that. */
function digestOf(index: number): string {
  const mix = (value: number) => {
    let mixed = Math.imul(value ^ (value >>> 16), 0x45d9f3b);
    mixed = Math.imul(mixed ^ (mixed >>> 16), 0x45d9f3b);
    return ((mixed ^ (mixed >>> 16)) >>> 0).toString(16).padStart(8, '0');
  };
  return mix(index) + mix(index + 0x9e3779b9);
}

describe('DatasetAccumulator', () => {
  it.each([
    ['about 19 bytes an example for duplicates in memory', undefined, 19 * 1_000_000],
    ['a fixed 4 MB for duplicates once past its budget', 100_000, 4 * 1024 * 1024],
  ])('keeps statistics of a fixed size and %s', (_, maxDigestsInMemory, maxDigestBytes) => {
    const accumulator = new DatasetAccumulator({
      path: 'many.jsonl',
      role: 'training',
      model: getModel('gpt-4o-mini-2024-07-18'),
      modelId: 'gpt-4o-mini-2024-07-18',
      ...(maxDigestsInMemory === undefined ? {} : { maxDigestsInMemory }),
    });
    const examples = 1_000_000;
    for (let index = 0; index < examples; index++) {
      accumulator.add({
        lineNumber: index + 1,
        issues: [],
        format: 'chat',
        messages: 2 + (index % 3),
        totalTokens: 20 + (index % 977),
        assistantTokens: 5 + (index % 61),
        hasSystem: true,
        hasUser: true,
        digest: digestOf(index),
        estimatedTokenFields: [],
      });
    }
    expect(accumulator.digests.byteLength).toBeLessThan(maxDigestBytes);
    const report = accumulator.finish(examples * 100);
    accumulator.dispose();
    expect(report.examples).toBe(examples);
    expect(report.warningCount).toBe(0);
    expect(accumulator.statisticsByteLength).toBeLessThan(64 * 1024);
  });
});
