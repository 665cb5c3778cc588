import { describe, expect, it } from 'vitest';
import { startCliEmulator } from '../cli-emulator.fixture.js';
import { runTuneline } from '../run-cli.fixture.js';

const wakannai = 'examples/datasets/wakannai.jsonl';

async function startJob(env: Record<string, string>): Promise<string> {
  const run = await runTuneline(['train', wakannai, '--model', 'gpt-3.5-turbo', '--json'], { env });
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout).job.id;
}

describe('tuneline watch', () => {
  it('follows a job to the end: statuses, events, progress, loss sparkline and model', async () => {
    const { env } = await startCliEmulator({ speed: 20 });
    const jobId = await startJob(env);
    const run = await runTuneline(['watch', jobId, '--interval', '1'], { env });
    expect(run.code).toBe(0);
    const output = run.stdout;
    for (const text of [
      'Fine-tuning job started',
      '100/100 steps',
      'New fine-tuned model created',
      `Job ${jobId}: succeeded`,
      'trained tokens  3620',
    ]) {
      expect(output).toContain(text);
    }
    expect(output.indexOf('100/100 steps')).toBeLessThan(output.indexOf('status: succeeded'));
    expect(output.indexOf('Files validated')).toBeLessThan(output.indexOf('status: succeeded'));
    expect(output).toMatch(/training loss {2}[▁▂▃▄▅▆▇█]+ {2}\d\.\d{4} → \d\.\d{4}/);
    // Steps are summarised by the progress bar, not printed one by one.
    expect(output).not.toContain('Step 37/100');
  });

  it('prints one JSON update per line with --json, each event once, ending with end', async () => {
    const { env } = await startCliEmulator({ speed: 50 });
    const jobId = await startJob(env);
    const run = await runTuneline(['watch', jobId, '--json', '--interval', '1'], { env });
    expect(run.code).toBe(0);
    const updates = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const eventIds = updates
      .filter((update) => update.type === 'event')
      .map((update) => update.event.id);
    expect(new Set(eventIds).size).toBe(eventIds.length);
    expect(updates.filter((update) => update.type === 'metrics')).toHaveLength(100);
    expect(updates.at(-2)).toMatchObject({ type: 'model', callable: true });
    expect(updates.at(-1)).toMatchObject({
      type: 'end',
      reason: 'finished',
      job: { status: 'succeeded' },
    });
  });

  it('stops watching on Ctrl-C and leaves the job running', async () => {
    const { env, client } = await startCliEmulator({ speed: 1 });
    const jobId = await startJob(env);
    const run = await runTuneline(['watch', jobId], {
      env,
      interrupt: (press) => setTimeout(press, 500),
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Stopped watching. The job goes on: npx tuneline watch ${jobId}`);
    const job = await client.fineTuning.jobs.retrieve(jobId);
    expect(['validating_files', 'queued', 'running']).toContain(job.status);
  });

  it('exits 1 when the job fails, with the error OpenAI gave', async () => {
    const { env, client } = await startCliEmulator({ speed: 50 });
    const lines = Array.from({ length: 10 }, (_, index) =>
      JSON.stringify({ messages: [{ role: 'user', content: `q${index}` }] }),
    );
    const file = await client.files.create({
      file: new File([`${lines.join('\n')}\n`], 'bad.jsonl'),
      purpose: 'fine-tune',
    });
    const job = await client.fineTuning.jobs.create({
      model: 'gpt-4o-mini',
      training_file: file.id,
    });
    const run = await runTuneline(['watch', job.id, '--interval', '1'], { env });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`Job ${job.id}: failed`);
    expect(run.stdout).toMatch(
      /error {2}invalid_training_file: .*Line 1: Example has no assistant message/,
    );
  });
});

describe('tuneline cancel', () => {
  it('cancels a running job', async () => {
    const { env, client } = await startCliEmulator({ speed: 1 });
    const jobId = await startJob(env);
    const run = await runTuneline(['cancel', jobId], { env });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`Job ${jobId}: cancelled.\n`);
    expect((await client.fineTuning.jobs.retrieve(jobId)).status).toBe('cancelled');
    const again = await runTuneline(['cancel', jobId, '--json'], { env });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(jobId);
  });
});
