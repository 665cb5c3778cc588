import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// Worker threads run compiled JavaScript, so this test drives the built package (the global
// setup builds it when a source is newer).
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
});
