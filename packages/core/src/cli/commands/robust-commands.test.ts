import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countRemote, startCliEmulator } from '../cli-emulator.fixture.js';
import { repositoryRoot, runTuneline } from '../run-cli.fixture.js';

function temporaryRepository(files: Record<string, string>): string {
  const directory = mkdtempSync(join(tmpdir(), 'tuneline-robust-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(directory, name, '..'), { recursive: true });
    writeFileSync(join(directory, name), text);
  }
  return directory;
}

const chatLines = (prefix: string, count = 12, extra: (index: number) => string = () => '') =>
  `${Array.from({ length: count }, (_, index) =>
    JSON.stringify({
      messages: [
        { role: 'user', content: `${prefix} question ${index}? ${extra(index)}` },
        { role: 'assistant', content: `${prefix} answer ${index}.` },
      ],
    }),
  ).join('\n')}\n`;

const githubToken = `ghp_${'Z9y8X7w6V5u4T3s2R1q0P9o8N7m6L5k4J3i2'}`;

describe('tuneline train on data that seems to hold credentials', () => {
  it('shows every warning and uploads nothing without --allow-secrets', async () => {
    const { env, client } = await startCliEmulator();
    const cwd = temporaryRepository({
      'data.jsonl': chatLines('s', 12, (index) => (index === 3 ? `token ${githubToken}` : '')),
    });
    const run = await runTuneline(['train', 'data.jsonl', '--model', 'gpt-4o-mini'], { env, cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/data\.jsonl:4 warning possible_secret .*a GitHub token/);
    expect(run.stdout).toMatch(/few_examples/);
    expect(run.stderr).toContain('--allow-secrets');
    expect(`${run.stdout}${run.stderr}`).not.toContain(githubToken.slice(4));
    expect(await countRemote(client)).toEqual({ files: 0, jobs: 0 });
  });

  it('uploads with --allow-secrets, still showing the warnings', async () => {
    const { env, client } = await startCliEmulator();
    const cwd = temporaryRepository({
      'data.jsonl': chatLines('t', 12, (index) => (index === 3 ? `token ${githubToken}` : '')),
    });
    const run = await runTuneline(
      ['train', 'data.jsonl', '--model', 'gpt-4o-mini', '--allow-secrets'],
      { env, cwd },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('possible_secret');
    expect(await countRemote(client)).toEqual({ files: 1, jobs: 1 });
  });

  it('refuses in --json too, with the count', async () => {
    const { env } = await startCliEmulator();
    const cwd = temporaryRepository({
      'data.jsonl': chatLines('u', 12, () => `key ${githubToken}`),
    });
    const run = await runTuneline(['train', 'data.jsonl', '--model', 'gpt-4o-mini', '--json'], {
      env,
      cwd,
    });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({
      status: 'possible_secret',
      possibleSecrets: 12,
    });
    expect(run.stdout).not.toContain(githubToken.slice(4));
  });
});

describe("the repository's budget", () => {
  for (const how of ['its name', 'its path', 'another path', 'a path through a subfolder']) {
    it(`holds for train by ${how}`, async () => {
      const { env, client } = await startCliEmulator();
      const cwd = temporaryRepository({
        'tuneline.json': JSON.stringify({
          maxCostUsd: 0.0001,
          datasets: { support: { training: 'data/train.jsonl', model: 'gpt-4o-mini' } },
        }),
        'data/train.jsonl': chatLines('b'),
        'data/other.jsonl': chatLines('c'),
      });
      const target = {
        'its name': ['support'],
        'its path': ['data/train.jsonl', '--model', 'gpt-4o-mini'],
        'another path': ['data/other.jsonl', '--model', 'gpt-4o-mini'],
        'a path through a subfolder': ['./data/../data/other.jsonl', '--model', 'gpt-4o-mini'],
      }[how] as string[];
      const run = await runTuneline(['train', ...target], { env, cwd });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('over the budget of $0.0001');
      expect(await countRemote(client)).toEqual({ files: 0, jobs: 0 });
    });
  }
});

describe('job ids', () => {
  for (const jobId of ['', ' ', 'ftjob-', 'ftjob-abc def', '../files', 'ftjob-abc/cancel', '..']) {
    it(`refuses ${JSON.stringify(jobId)} as a usage error before any request`, async () => {
      for (const command of ['watch', 'cancel', 'status']) {
        // Nothing listens on port 9: a request would fail with another message.
        const run = await runTuneline([command, jobId], {
          env: { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' },
        });
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(/Job id .* (is empty|holds|has nothing after)/);
      }
    });
  }
});

describe('API errors', () => {
  it('says a finished job has nothing to cancel, without repeating the HTTP status', async () => {
    const { env, client } = await startCliEmulator();
    const train = await runTuneline(
      ['train', 'examples/datasets/wakannai.jsonl', '--model', 'gpt-3.5-turbo', '--wait'],
      { env },
    );
    expect(train.code).toBe(0);
    const [job] = (await client.fineTuning.jobs.list()).data;
    const run = await runTuneline(['cancel', job?.id ?? ''], { env });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Job ftjob-\w+ has already succeeded; nothing to cancel\./);
    expect(run.stderr).not.toMatch(/HTTP 400|: 400 /);
    expect(run.stderr).toContain('hint:');
  });
});

describe('validate and tuneline.json', () => {
  it('uses the model tuneline.json names for the file', async () => {
    const run = await runTuneline(['validate', 'examples/datasets/wakannai.jsonl', '--json']);
    const [report] = JSON.parse(run.stdout).files;
    expect(report.model).toBe('gpt-3.5-turbo');
    expect(report.stats.totalTokensPerExample.p95).toBe(44.75);
    const text = await runTuneline(['validate', 'examples/datasets/wakannai.jsonl']);
    expect(text.stdout).toContain('p5 / p95: 31.0, 44.75\n');
  });

  it('names a symlink leading out of the repository', async () => {
    const outside = temporaryRepository({ 'secret.jsonl': chatLines('x') });
    const cwd = temporaryRepository({
      'tuneline.json': JSON.stringify({
        datasets: { leak: { training: 'data/leak.jsonl', model: 'gpt-4o-mini' } },
      }),
    });
    mkdirSync(join(cwd, 'data'));
    symlinkSync(join(outside, 'secret.jsonl'), join(cwd, 'data', 'leak.jsonl'));
    const run = await runTuneline(['train', 'leak'], {
      env: { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' },
      cwd,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('symlink leading out of the repository');
  });

  it('names a BOM in tuneline.json', async () => {
    const cwd = temporaryRepository({
      'tuneline.json': `\ufeff${JSON.stringify({ datasets: { a: { training: 'a.jsonl', model: 'gpt-4o-mini' } } })}`,
      'a.jsonl': chatLines('y'),
    });
    const run = await runTuneline(['train', 'a'], {
      env: { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' },
      cwd,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('byte order mark');
  });
});

describe('estimate and models', () => {
  it('reports no error for a valid prompt/completion file, pricing the models that train on it', async () => {
    const cwd = temporaryRepository({
      'pc.jsonl': `${Array.from({ length: 12 }, (_, index) =>
        JSON.stringify({ prompt: `Question ${index} ->`, completion: ` Answer ${index}` }),
      ).join('\n')}\n`,
    });
    const run = await runTuneline(['estimate', 'pc.jsonl'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('12 examples, prompt-completion');
    expect(run.stdout).toContain('babbage-002');
    expect(run.stdout).not.toMatch(/error/);
  });

  it('shows the date of every price in the models table, and its sources', async () => {
    const run = await runTuneline(['models']);
    const [header, ...rows] = run.stdout.split('\n\n')[0]?.split('\n') ?? [];
    expect(header).toContain('prices as of');
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) expect(row).toMatch(/ \d{4}-\d{2}-\d{2}$/);
    expect(run.stdout).toContain('https://openai.com/api/pricing/');
  });
});

describe('a broken pipe', () => {
  it('ends `tuneline models | head -1` without a stack trace, every time', () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const result = spawnSync(
        'sh',
        ['-c', `node ${join(repositoryRoot, 'packages/core/bin/tuneline.js')} models | head -1`],
        { encoding: 'utf8' },
      );
      expect(result.stdout).toContain('model');
      expect(result.stderr).toBe('');
    }
  });
});
