import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../emulator-options.js';
import { runEmulatorCli } from './run-emulator-cli.js';

function captureIo(env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      stdout: { write: (text: string) => out.push(text) },
      stderr: { write: (text: string) => err.push(text) },
      env,
    },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}

describe('runEmulatorCli', () => {
  let emulator: Emulator | undefined;

  afterEach(async () => {
    await emulator?.close();
    emulator = undefined;
  });

  it('prints the base URL and the variables to export, then logs one line per request', async () => {
    const capture = captureIo();
    const outcome = await runEmulatorCli(
      ['--port', '0', '--api-key', 'sk-cli-test', '--speed', '50'],
      capture.io,
    );
    if (!('emulator' in outcome)) throw new Error(`exited with ${outcome.exitCode}`);
    emulator = outcome.emulator;
    expect(capture.stdout()).toContain(`export OPENAI_BASE_URL=${emulator.url}`);
    expect(capture.stdout()).toContain('export OPENAI_API_KEY=sk-cli-test');
    expect(capture.stdout()).toContain('speed 50×');
    const response = await fetch(`${emulator.url}/models`, {
      headers: { authorization: 'Bearer sk-cli-test' },
    });
    expect(response.status).toBe(200);
    await response.arrayBuffer();
    // The line is written when the server closes the response, which may trail the client a little.
    const loggedLines = () =>
      capture
        .stdout()
        .split('\n')
        .filter((line) => line.includes('GET /v1/models'));
    for (let attempt = 0; attempt < 200 && loggedLines().length === 0; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const logged = loggedLines();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(
      /^\[\d\d:\d\d:\d\d\.\d{3}\] GET \/v1\/models 200 \d+ms req_[0-9a-f]{32}$/,
    );
  });

  it('stays quiet with --quiet', async () => {
    const capture = captureIo();
    const outcome = await runEmulatorCli(['--port', '0', '--quiet'], capture.io);
    if (!('emulator' in outcome)) throw new Error('did not start');
    emulator = outcome.emulator;
    await (await fetch(`${emulator.url}/models`)).arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(capture.stdout()).not.toContain('GET /v1/models');
  });

  it('shows help, and answers bad arguments with exit code 2', async () => {
    const help = captureIo();
    expect(await runEmulatorCli(['--help'], help.io)).toEqual({ exitCode: 0 });
    expect(help.stdout()).toContain('Usage: npx tuneline-emulator');
    for (const argv of [
      ['--speed', 'fast'],
      ['--speed', '0'],
      ['--port', '-1'],
      ['--bogus'],
      ['--faults', '{'],
    ]) {
      const capture = captureIo();
      expect(await runEmulatorCli(argv, capture.io)).toEqual({ exitCode: 2 });
      expect(capture.stderr()).toMatch(/^tuneline-emulator: /);
    }
    const webhookWithoutSecret = captureIo();
    expect(
      await runEmulatorCli(['--webhook-url', 'http://localhost/x'], webhookWithoutSecret.io),
    ).toEqual({
      exitCode: 2,
    });
  });

  it('reports a port already in use', async () => {
    const first = await runEmulatorCli(['--port', '0', '--quiet'], captureIo().io);
    if (!('emulator' in first)) throw new Error('did not start');
    emulator = first.emulator;
    const capture = captureIo();
    expect(await runEmulatorCli(['--port', String(emulator.port), '--quiet'], capture.io)).toEqual({
      exitCode: 1,
    });
    expect(capture.stderr()).toContain('already in use');
  });
});
