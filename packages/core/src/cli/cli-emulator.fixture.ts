import type { Emulator, StartEmulatorOptions } from '@tuneline/emulator';
import { startTestEmulator } from '@tuneline/testing';
import type OpenAI from 'openai';
import { afterEach } from 'vitest';

/** An emulator for CLI tests, the environment that points the CLI at it, and an SDK client. */
export interface CliEmulator {
  readonly emulator: Emulator;
  readonly env: Record<string, string>;
  readonly client: OpenAI;
}

const running: Emulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((emulator) => emulator.close()));
});

/** Starts an emulator closed after the test; `speed` 200 makes the walkthrough's job take ~70 ms. */
export async function startCliEmulator(options: StartEmulatorOptions = {}): Promise<CliEmulator> {
  const { emulator, client } = await startTestEmulator({ speed: 200, maxRetries: 0, ...options });
  running.push(emulator);
  return {
    emulator,
    env: { OPENAI_BASE_URL: emulator.url, OPENAI_API_KEY: emulator.apiKey },
    client,
  };
}

/** Counts what the emulator holds, straight through the SDK. */
export async function countRemote(client: OpenAI): Promise<{ files: number; jobs: number }> {
  const files = await client.files.list({ purpose: 'fine-tune' });
  const jobs = await client.fineTuning.jobs.list({ limit: 100 });
  return { files: files.data.length, jobs: jobs.data.length };
}
