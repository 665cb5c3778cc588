import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { loadRepositoryConfig } from './load-repository-config.js';

async function repository(config?: string): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'tuneline-config-'));
  onTestFinished(() => rm(directory, { recursive: true, force: true }));
  if (config !== undefined) await writeFile(join(directory, 'tuneline.json'), config);
  return directory;
}

describe('loadRepositoryConfig', () => {
  it('reads tuneline.json at the repository root', async () => {
    const directory = await repository(
      JSON.stringify({ datasets: { a: { training: 'a.jsonl', model: 'gpt-4o-mini' } } }),
    );
    const result = await loadRepositoryConfig({ directory });
    expect(result).toEqual({
      ok: true,
      path: join(directory, 'tuneline.json'),
      value: { datasets: { a: { training: 'a.jsonl', model: 'gpt-4o-mini' } } },
    });
  });

  it('is not an error when the repository has no tuneline.json', async () => {
    const directory = await repository();
    expect(await loadRepositoryConfig({ directory })).toMatchObject({ ok: true, value: null });
  });

  it('names the file in every issue', async () => {
    const directory = await repository('{"datasets": {"a": {"training": "a.jsonl"}}}');
    const result = await loadRepositoryConfig({ directory });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]?.message).toContain(join(directory, 'tuneline.json'));
  });
});
