import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generateChatExamples } from './generate-chat-examples.js';
import { generateShortExamples } from './generate-short-examples.js';

/** Bump when the generator changes, so a cached file from an older generator is not reused. */
const generatorVersion = 2;

export interface BenchDataset {
  readonly path: string;
  readonly bytes: number;
  readonly generated: boolean;
}

/** Varied examples of 30 to 3,000 tokens, or short ones: the most examples a size holds. */
export type BenchDatasetKind = 'chat' | 'short';

const generators = { chat: generateChatExamples, short: generateShortExamples } as const;

/**
 * The benchmark dataset of a kind, of at most `megabytes` MB (MiB) for `seed`, generated into `directory` on first use
 * and reused after that (generation is deterministic, so a cached file is the same file).
 */
export async function ensureBenchDataset(options: {
  directory: string;
  megabytes: number;
  seed: number;
  kind?: BenchDatasetKind;
}): Promise<BenchDataset> {
  const kind = options.kind ?? 'chat';
  const path = join(
    options.directory,
    `${kind}-${options.megabytes}mb-seed${options.seed}-v${generatorVersion}.jsonl`,
  );
  if (existsSync(path)) return { path, bytes: statSync(path).size, generated: false };
  mkdirSync(options.directory, { recursive: true });
  const partial = `${path}.partial`;
  const output = createWriteStream(partial);
  const targetBytes = options.megabytes * 1024 * 1024;
  // The size is a ceiling, not a target to pass: 512 MB is OpenAI's file limit, and a file one line
  // over it would measure the validator refusing it.
  let written = 0;
  let batch = '';
  let batchBytes = 0;
  for (const line of generators[kind](options.seed)) {
    const lineBytes = Buffer.byteLength(line) + 1;
    if (written + batchBytes + lineBytes > targetBytes) break;
    batch += `${line}\n`;
    batchBytes += lineBytes;
    if (batchBytes >= 1 << 20) {
      written += batchBytes;
      const flushed = output.write(batch);
      batch = '';
      batchBytes = 0;
      if (!flushed) await once(output, 'drain');
    }
  }
  written += batchBytes;
  output.write(batch);
  output.end();
  await once(output, 'finish');
  renameSync(partial, path);
  return { path, bytes: written, generated: true };
}
