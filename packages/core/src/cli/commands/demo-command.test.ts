import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { countRemote, startCliEmulator } from '../cli-emulator.fixture.js';
import { repositoryRoot, runTuneline } from '../run-cli.fixture.js';

const cli = fileURLToPath(new URL('../../../dist/cli/main.js', import.meta.url));

/** Runs the built `tuneline` binary as a user would, in its own process. */
function runBuiltCli(args: string[], env: Record<string, string | undefined>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: repositoryRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('tuneline demo', () => {
  it('runs the walkthrough end to end on the embedded emulator, as the built binary', async () => {
    const { OPENAI_API_KEY: _key, OPENAI_BASE_URL: _url, ...env } = process.env;
    const run = await runBuiltCli(['demo', '--speed', '20'], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const output = run.stdout;
    const expectations = [
      'Num examples: 10',
      'min / max: 31, 47',
      'mean / median: 36.2, 35.5',
      'p10 / p90: 31.0, 42.5',
      'Dataset has ~362 tokens that will be charged for during training',
      "By default, you'll train for 10 epochs on this dataset",
      "By default, you'll be charged for ~3620 tokens",
      'Estimated training cost: $0.02896',
      'the embedded OpenAI emulator',
      'Created job ftjob-',
      'Fine-tuning job started',
      '100/100 steps',
      'The job has successfully completed',
      'trained tokens  3620, $0.02896 (estimated $0.02896)',
      'you> 好きなプログラミング言語を教えてください!!',
    ];
    let position = 0;
    for (const text of expectations) {
      const found = output.indexOf(text, position);
      expect(found, `"${text}" after position ${position}`).toBeGreaterThanOrEqual(0);
      position = found;
    }
    expect(output).toMatch(/fine-tuned model {2}(ft:gpt-3\.5-turbo[^\s]*:wakannai:\w+)/);
    const model = /fine-tuned model {2}(\S+)/.exec(output)?.[1];
    expect(output).toContain(`${model}> わかんないにゃん。\n`);
  });

  it('targets the API named by OPENAI_BASE_URL when OPENAI_API_KEY is set, only once confirmed', async () => {
    const { env, client } = await startCliEmulator({ speed: 50 });
    const refused = await runTuneline(['demo'], { env });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Not confirmed: no job was started on the OpenAI API.');
    expect(refused.stderr).toContain('--emulator');
    expect(await countRemote(client)).toEqual({ files: 0, jobs: 0 });

    const confirmed = await runTuneline(['demo', '--yes'], { env });
    expect(confirmed.code).toBe(0);
    expect(confirmed.stdout).toContain(`Target: the OpenAI API at ${env.OPENAI_BASE_URL}`);
    expect(confirmed.stdout).toContain('わかんないにゃん。');
    expect(await countRemote(client)).toEqual({ files: 1, jobs: 1 });
  });

  it('runs on the embedded emulator with --emulator even when OPENAI_API_KEY is set', async () => {
    const { env, client } = await startCliEmulator();
    const run = await runTuneline(['demo', '--emulator', '--speed', '50'], { env });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Target: the embedded OpenAI emulator');
    expect(await countRemote(client)).toEqual({ files: 0, jobs: 0 });
  });
});

describe('tuneline emulator', () => {
  it('serves until Ctrl-C, printing what to export', async () => {
    const run = await runTuneline(['emulator', '--port', '0', '--quiet'], {
      interrupt: (press) => setTimeout(press, 300),
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/export OPENAI_BASE_URL=http:\/\/127\.0\.0\.1:\d+\/v1/);
    expect(run.stdout).toContain('Stopping the emulator');
  });

  it('answers a bad flag with its usage and exit code 2', async () => {
    const run = await runTuneline(['emulator', '--speed', 'fast']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--speed');
  });
});
