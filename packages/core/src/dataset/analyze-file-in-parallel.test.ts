import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// Worker threads run compiled JavaScript, so this test drives the built package (the global
// setup builds it when a source is newer).
import { analyzeFileInParallel } from '../../dist/dataset/analyze-file-in-parallel.js';
import { validateDataset } from '../../dist/index.js';

function writeMixedDataset(): string {
  const lines: string[] = [
    '\uFEFF{"messages": [{"role": "user", "content": "first"}, {"role": "assistant", "content": "line"}]}',
  ];
  for (let index = 0; index < 3000; index++) {
    if (index % 701 === 0) lines.push('{"messages": [ broken');
    else if (index % 997 === 0) lines.push(lines[5] ?? '');
    else if (index % 499 === 0) lines.push('');
    else {
      lines.push(
        JSON.stringify({
          messages: [
            { role: 'system', content: 'You are terse.' },
            {
              role: 'user',
              content: `Question ${index}: ${'なぜ空は青いのですか'.repeat(index % 7)} why?`,
            },
            { role: 'assistant', content: `Answer ${index} ${'because '.repeat(index % 13)}` },
          ],
        }),
      );
    }
  }
  const directory = mkdtempSync(join(tmpdir(), 'tuneline-parallel-'));
  const path = join(directory, 'train.jsonl');
  writeFileSync(path, `${lines.join('\r\n')}`);
  return path;
}

describe('validateDataset over worker threads', () => {
  it('reports exactly what one thread reports: same lines, issues, counts and statistics', async () => {
    const path = writeMixedDataset();
    const sequential = await validateDataset({ source: path, model: 'gpt-4o-mini', threads: 1 });
    const parallel = await validateDataset({ source: path, model: 'gpt-4o-mini', threads: 3 });
    expect(parallel).toEqual(sequential);
    expect(
      sequential.issues.filter((issue) => issue.code === 'invalid_json').map((issue) => issue.line),
    ).toEqual([2, 703, 1404, 2105, 2806]);
    expect(sequential.issues.some((issue) => issue.code === 'duplicate_example')).toBe(true);
  });

  it('reads a file again in one thread when its lines outgrow a worker heap, with the same report', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'tuneline-parallel-'));
    const path = join(directory, 'huge-lines.jsonl');
    const huge = JSON.stringify({
      messages: [
        { role: 'user', content: 'describe '.repeat(1_200_000) },
        { role: 'assistant', content: 'ok' },
      ],
    });
    const small = Array.from({ length: 20 }, (_, index) =>
      JSON.stringify({
        messages: [
          { role: 'user', content: `q${index}` },
          { role: 'assistant', content: `a${index}` },
        ],
      }),
    );
    writeFileSync(path, `${[...small.slice(0, 10), huge, ...small.slice(10)].join('\n')}\n`);
    const sequential = await validateDataset({ source: path, model: 'gpt-4o-mini', threads: 1 });
    const parallel = await validateDataset({
      source: path,
      model: 'gpt-4o-mini',
      threads: 2,
      workerHeapMegabytes: 8,
    });
    expect(parallel).toEqual(sequential);
    expect(sequential.examples).toBe(21);
  });

  it('reads more ranges than workers in line order, holding only what runs ahead', async () => {
    const path = writeMixedDataset();
    const sequential = await validateDataset({ source: path, model: 'gpt-4o-mini', threads: 1 });
    const lines: number[] = [];
    const invalid: number[] = [];
    await analyzeFileInParallel({
      path,
      size: statSync(path).size,
      threads: 2,
      encoding: 'o200k_base',
      messagesFormat: 'chat',
      heapMegabytes: 96,
      bytesPerRange: 64 * 1024,
      onBatch(batch, lineOffset) {
        for (let index = 0; index < batch.count; index++)
          lines.push((batch.numbers[index * 8] as number) + lineOffset);
        for (const [, issues] of batch.issues)
          for (const issue of issues)
            if (issue.code === 'invalid_json') invalid.push((issue.line ?? 0) + lineOffset);
      },
    });
    expect(lines).toEqual(Array.from({ length: sequential.lines }, (_, index) => index + 1));
    expect(invalid).toEqual([2, 703, 1404, 2105, 2806]);
  });

  it('carries which token figures are estimates through the worker batches', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'tuneline-parallel-'));
    const path = join(directory, 'tools.jsonl');
    const lines = Array.from({ length: 40 }, (_, index) =>
      JSON.stringify({
        messages: [
          { role: 'user', content: `weather ${index}?` },
          { role: 'assistant', content: `sunny ${index}` },
        ],
        ...(index === 30
          ? {
              tools: [
                {
                  type: 'function',
                  function: { name: 'get_weather', parameters: { type: 'object', properties: {} } },
                },
              ],
            }
          : {}),
      }),
    );
    writeFileSync(path, `${lines.join('\n')}\n`);
    const sequential = await validateDataset({ source: path, model: 'gpt-4o-mini', threads: 1 });
    const parallel = await validateDataset({ source: path, model: 'gpt-4o-mini', threads: 2 });
    expect(parallel).toEqual(sequential);
    expect(parallel.estimatedTokenFields).toEqual(['tools']);
  });
});
