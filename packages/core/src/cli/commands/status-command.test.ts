import { describe, expect, it } from 'vitest';
import { startCliEmulator } from '../cli-emulator.fixture.js';
import { runTuneline } from '../run-cli.fixture.js';

const wakannai = 'examples/datasets/wakannai.jsonl';

async function trainToSuccess(env: Record<string, string>): Promise<string> {
  const run = await runTuneline(
    ['train', wakannai, '--model', 'gpt-3.5-turbo', '--wait', '--json'],
    {
      env,
    },
  );
  expect(run.code).toBe(0);
  const lines = run.stdout.trim().split('\n');
  const end = JSON.parse(lines[lines.length - 1] ?? '{}');
  expect(end).toMatchObject({ type: 'end', reason: 'finished', job: { status: 'succeeded' } });
  return end.job.id;
}

describe('tuneline status', () => {
  it('lists recent jobs as a table with their dataset', async () => {
    const { env } = await startCliEmulator();
    const jobId = await trainToSuccess(env);
    const run = await runTuneline(['status'], { env });
    expect(run.code).toBe(0);
    const [header, row] = run.stdout.split('\n');
    expect(header).toMatch(/^job\s+status\s+model\s+fine-tuned model\s+created\s+dataset$/);
    expect(row).toContain(jobId);
    expect(row).toContain('succeeded');
    // tuneline.json lists the file as the dataset "wakannai": jobs show the dataset's name.
    expect(row).toMatch(/\swakannai$/);
    expect(row).toMatch(/ft:gpt-3\.5-turbo/);
  });

  it('shows one job with its metrics, loss sparkline and last events', async () => {
    const { env } = await startCliEmulator();
    const jobId = await trainToSuccess(env);
    const run = await runTuneline(['status', jobId, '--events', '3'], { env });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Job ${jobId}`);
    expect(run.stdout).toMatch(/steps\s+100\n/);
    expect(run.stdout).toMatch(/trained tokens\s+3620\n/);
    expect(run.stdout).toMatch(/cost\s+\$0\.02896\n/);
    expect(run.stdout).toMatch(/training loss\s+[▁▂▃▄▅▆▇█]{20,}\n/);
    expect(run.stdout).toContain('Last 3 events:');
    expect(run.stdout).toMatch(/The job has successfully completed\n$/);
  });

  it('prints one JSON object with --json', async () => {
    const { env } = await startCliEmulator();
    const jobId = await trainToSuccess(env);
    const list = JSON.parse((await runTuneline(['status', '--json'], { env })).stdout);
    expect(list.version).toBe(1);
    expect(list.jobs.map((job: { id: string }) => job.id)).toEqual([jobId]);
    const detail = JSON.parse((await runTuneline(['status', jobId, '--json'], { env })).stdout);
    expect(detail).toMatchObject({
      version: 1,
      job: { id: jobId, status: 'succeeded', trained_tokens: 3620 },
      summary: { steps: 100, trainedTokens: 3620, actualCostUsd: 0.02896 },
    });
    expect(detail.metrics).toHaveLength(100);
    expect(detail.events.length).toBeGreaterThan(0);
  });

  it('names an unknown job in a clear error, exit 1, without a stack trace', async () => {
    const { env } = await startCliEmulator();
    const run = await runTuneline(['status', 'ftjob-nope'], { env });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^tuneline status: No fine-tuning job ftjob-nope in this project\./);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
