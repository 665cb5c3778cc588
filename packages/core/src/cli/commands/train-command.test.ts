import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countRemote, startCliEmulator } from '../cli-emulator.fixture.js';
import { runTuneline } from '../run-cli.fixture.js';

const wakannai = 'examples/datasets/wakannai.jsonl';

function temporaryRepository(files: Record<string, string>): string {
  const directory = mkdtempSync(join(tmpdir(), 'tuneline-train-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(directory, name), text);
  return directory;
}

const chatLines = (prefix: string, count = 12) =>
  Array.from({ length: count }, (_, index) =>
    JSON.stringify({
      messages: [
        { role: 'user', content: `${prefix} question ${index}?` },
        { role: 'assistant', content: `${prefix} answer ${index}.` },
      ],
    }),
  ).join('\n');

describe('tuneline train', () => {
  it('validates, uploads and starts a job; the same train again uploads nothing and creates no job', async () => {
    const { env, client } = await startCliEmulator();
    const first = await runTuneline(['train', wakannai, '--model', 'gpt-3.5-turbo', '--json'], {
      env,
    });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const started = JSON.parse(first.stdout);
    expect(started).toMatchObject({
      version: 1,
      status: 'started',
      estimatedCostUsd: 0.02896,
      trainingFile: { via: 'files' },
      reports: { training: { examples: 10, billingTokens: 362, epochs: 10, chargedTokens: 3620 } },
    });
    expect(started.job.metadata).toMatchObject({
      tuneline_dataset_path: wakannai,
      tuneline_source: 'cli',
    });

    const second = JSON.parse(
      (await runTuneline(['train', wakannai, '--model', 'gpt-3.5-turbo', '--json'], { env }))
        .stdout,
    );
    expect(second).toMatchObject({ status: 'existing', trainingFile: null });
    expect(second.job.id).toBe(started.job.id);
    expect(await countRemote(client)).toEqual({ files: 1, jobs: 1 });
  });

  it('follows the job with --wait to the tuned model and its cost', async () => {
    const { env } = await startCliEmulator();
    const run = await runTuneline(
      ['train', wakannai, '--model', 'gpt-3.5-turbo', '--suffix', 'cat', '--wait'],
      { env },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `${wakannai}: 10 examples, 1 warning; 362 billing tokens × 10 epochs = 3620 charged tokens on gpt-3.5-turbo, estimated $0.02896`,
    );
    expect(run.stdout).toMatch(/Training file file-\w+ \(uploaded, 1522 bytes\)/);
    expect(run.stdout).toContain('100/100 steps');
    expect(run.stdout).toContain('The job has successfully completed');
    expect(run.stdout).toMatch(/fine-tuned model {2}ft:gpt-3\.5-turbo(-\d+)?:[\w-]+:cat:/);
    expect(run.stdout).toContain('trained tokens  3620, $0.02896 (estimated $0.02896)');
  });

  it('prints the events of --wait in order: created first, a running line, a real ETA, the end last', async () => {
    // Training must last seconds for a pace to show: the emulator stamps events in real time.
    const { env } = await startCliEmulator({
      speed: 1,
      timings: { validatingMs: 10, queuedMs: 10, stepMs: 40, finalizingMs: 10 },
    });
    const run = await runTuneline(['train', wakannai, '--model', 'gpt-3.5-turbo', '--wait'], {
      env,
    });
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    const firstStatus = lines.findIndex((line) => / status: /.test(line));
    const created = lines.findIndex((line) => line.includes('Created fine-tuning job'));
    expect(created).toBeGreaterThanOrEqual(0);
    expect(created).toBeLessThan(firstStatus);
    expect(lines.some((line) => line.endsWith('status: running'))).toBe(true);
    const completed = lines.findIndex((line) =>
      line.includes('The job has successfully completed'),
    );
    const succeeded = lines.findIndex((line) => line.endsWith('status: succeeded'));
    expect(completed).toBeGreaterThan(firstStatus);
    expect(succeeded).toBeGreaterThan(completed);
    const etas = lines.flatMap((line) => /ETA (\d+:\d\d)/.exec(line)?.[1] ?? []);
    expect(etas.some((eta) => eta !== '0:00')).toBe(true);
  });

  it('refuses to start over budget, saying by how much, and creates nothing', async () => {
    const { env, client } = await startCliEmulator();
    const run = await runTuneline(
      ['train', wakannai, '--model', 'gpt-3.5-turbo', '--max-cost', '0.01'],
      { env },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'The estimated cost $0.02896 is over the budget of $0.01 by $0.01896; no job was started.',
    );
    expect(await countRemote(client)).toEqual({ files: 0, jobs: 0 });
  });

  it('refuses a dataset with errors, printing them by line, before uploading anything', async () => {
    const { env, client } = await startCliEmulator();
    const cwd = temporaryRepository({
      'train.jsonl': `${chatLines('ok')}\n{"messages": [{"role": "user", "content": "hi"}]}\n`,
    });
    const run = await runTuneline(['train', 'train.jsonl', '--model', 'gpt-4o-mini'], { env, cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('train.jsonl:13 error example_missing_assistant_message');
    expect(run.stderr).toContain('nothing was uploaded or started');
    expect(await countRemote(client)).toEqual({ files: 0, jobs: 0 });
  });

  it('trains a dataset named in tuneline.json, with its model, suffix and budget', async () => {
    const { env, client } = await startCliEmulator();
    const cwd = temporaryRepository({
      'support.jsonl': chatLines('support'),
      'tuneline.json': JSON.stringify({
        datasets: {
          support: {
            training: 'support.jsonl',
            model: 'gpt-4o-mini-2024-07-18',
            suffix: 'support',
            hyperparameters: { n_epochs: 2 },
            maxCostUsd: 1,
          },
        },
      }),
    });
    const run = await runTuneline(['train', 'support', '--json'], { env, cwd });
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.status).toBe('started');
    expect(result.maxCostUsd).toBe(1);
    const job = await client.fineTuning.jobs.retrieve(result.job.id);
    expect(job.model).toBe('gpt-4o-mini-2024-07-18');
    expect(job.fine_tuned_model ?? '').toBe('');
    expect(job.method?.supervised?.hyperparameters?.n_epochs).toBe(2);
    expect(job.metadata).toMatchObject({ tuneline_dataset_name: 'support' });

    // The same file by path is the same dataset: the same job, not a second one.
    const byPath = await runTuneline(['train', './support.jsonl', '--json'], { env, cwd });
    expect(byPath.code).toBe(0);
    expect(JSON.parse(byPath.stdout)).toMatchObject({ job: { id: result.job.id } });

    const typo = await runTuneline(['train', 'suport'], { env, cwd });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('tuneline.json has no dataset named "suport".');
    expect(typo.stderr).toContain('Did you mean "support"?');
  });

  it('reports a 429 on create as a quota problem with the time to wait', async () => {
    const { env } = await startCliEmulator({ limits: { jobsPerDay: 1 } });
    const cwd = temporaryRepository({ 'a.jsonl': chatLines('a'), 'b.jsonl': chatLines('b') });
    expect(
      (await runTuneline(['train', 'a.jsonl', '--model', 'gpt-4o-mini'], { env, cwd })).code,
    ).toBe(0);
    const run = await runTuneline(['train', 'b.jsonl', '--model', 'gpt-4o-mini'], { env, cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/\(rate_limit_exceeded, request req_\w+\)/);
    expect(run.stderr).not.toContain('HTTP 429');
    expect(run.stderr).toMatch(/hint: Try again in \d+ s/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('says exactly what to set when OPENAI_API_KEY is missing, or to use the emulator', async () => {
    const run = await runTuneline(['train', wakannai, '--model', 'gpt-3.5-turbo'], { env: {} });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('OPENAI_API_KEY is not set.');
    expect(run.stderr).toContain('npx tuneline-emulator');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('asks for the base model of a plain file, and refuses unknown models', async () => {
    const { env } = await startCliEmulator();
    const directory = temporaryRepository({ 'plain.jsonl': chatLines('plain') });
    const plain = join(directory, 'plain.jsonl');
    const missing = await runTuneline(['train', plain], { env, cwd: directory });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Name the base model to fine-tune with --model.');
    const unknown = await runTuneline(['train', plain, '--model', 'gpt-9'], {
      env,
      cwd: directory,
    });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown model "gpt-9".');
  });

  it('prints its usage with --help, exit 0', async () => {
    const run = await runTuneline(['train', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npx tuneline train <dataset file or tuneline\.json name>/);
  });
});
