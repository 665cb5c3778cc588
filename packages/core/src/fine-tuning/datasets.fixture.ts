import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/** A fresh temporary directory for one test's files, removed when the test ends. */
export async function createTemporaryDirectory(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'tuneline-fine-tuning-'));
  onTestFinished(() => rm(directory, { recursive: true, force: true }));
  return directory;
}

/**
 * Writes a valid chat dataset (`examples` lines, 10 by default: OpenAI's minimum) whose content
 * depends on `variant`, so different variants hash differently.
 */
export async function writeChatDataset(options: {
  directory: string;
  name: string;
  variant?: string;
  examples?: number;
}): Promise<string> {
  const lines: string[] = [];
  for (let index = 0; index < (options.examples ?? 10); index++) {
    lines.push(
      JSON.stringify({
        messages: [
          { role: 'system', content: 'You are a terse support assistant.' },
          { role: 'user', content: `Question ${index} about ${options.variant ?? options.name}?` },
          { role: 'assistant', content: `Answer ${index}: check the settings page.` },
        ],
      }),
    );
  }
  const path = join(options.directory, options.name);
  await writeFile(path, `${lines.join('\n')}\n`);
  return path;
}

/** Writes a valid DPO dataset: single-turn input, one preferred and one non-preferred answer. */
export async function writePreferenceDataset(options: {
  directory: string;
  name: string;
}): Promise<string> {
  const lines = Array.from({ length: 10 }, (_, index) =>
    JSON.stringify({
      input: { messages: [{ role: 'user', content: `How do I reset password ${index}?` }] },
      preferred_output: [
        { role: 'assistant', content: 'Open Settings, then Security, then Reset.' },
      ],
      non_preferred_output: [{ role: 'assistant', content: 'No idea.' }],
    }),
  );
  const path = join(options.directory, options.name);
  await writeFile(path, `${lines.join('\n')}\n`);
  return path;
}

/** Writes a valid reinforcement dataset: a user turn and a `reference_answer` for the grader. */
export async function writeReinforcementDataset(options: {
  directory: string;
  name: string;
}): Promise<string> {
  const lines = Array.from({ length: 10 }, (_, index) =>
    JSON.stringify({
      messages: [{ role: 'user', content: `What is ${index} + ${index}?` }],
      reference_answer: String(index * 2),
    }),
  );
  const path = join(options.directory, options.name);
  await writeFile(path, `${lines.join('\n')}\n`);
  return path;
}
