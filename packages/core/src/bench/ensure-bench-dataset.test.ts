import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureBenchDataset } from './ensure-bench-dataset.js';

const directories: string[] = [];
afterEach(() => {
  for (const directory of directories.splice(0))
    rmSync(directory, { recursive: true, force: true });
});

describe('ensureBenchDataset', () => {
  it('writes whole lines up to the size and never past it, then reuses the file', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'tuneline-bench-'));
    directories.push(directory);
    const first = await ensureBenchDataset({ directory, megabytes: 1, seed: 7 });
    expect(first.generated).toBe(true);
    expect(first.bytes).toBeLessThanOrEqual(1024 * 1024);
    expect(first.bytes).toBeGreaterThan(1024 * 1024 - 64 * 1024);
    expect(statSync(first.path).size).toBe(first.bytes);
    const text = readFileSync(first.path, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    for (const line of text.trimEnd().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
    const second = await ensureBenchDataset({ directory, megabytes: 1, seed: 7 });
    expect(second).toEqual({ path: first.path, bytes: first.bytes, generated: false });
  });
});
