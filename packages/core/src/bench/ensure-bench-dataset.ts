import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generateChatExamples } from './generate-chat-examples.js';

/** Bump when the generator changes, so a cached file from an older generator is not reused. */
const generatorVersion = 1;

export interface BenchDataset {
  readonly path: string;
  readonly bytes: number;
  readonly generated: boolean;
}

/**
 * The benchmark dataset of about `megabytes` MB for `seed`, generated into `directory` on first use
 * and reused after that (generation is deterministic, so a cached file is the same file).
 */
export async function ensureBenchDataset(options: {
  directory: string;
  megabytes: number;
  seed: number;
}): Promise<BenchDataset> {
  const path = join(
    options.directory,
    `chat-${options.megabytes}mb-seed${options.seed}-v${generatorVersion}.jsonl`,
  );
  if (existsSync(path)) return { path, bytes: statSync(path).size, generated: false };
  mkdirSync(options.directory, { recursive: true });
  const partial = `${path}.partial`;
  const output = createWriteStream(partial);
  const targetBytes = options.megabytes * 1024 * 1024;
  let written = 0;
  let batch = '';
  for (const line of generateChatExamples(options.seed)) {
    batch += `${line}\n`;
    if (batch.length >= 1 << 20 || written + Buffer.byteLength(batch) >= targetBytes) {
      const chunk = Buffer.from(batch);
      batch = '';
      written += chunk.length;
      if (!output.write(chunk)) await once(output, 'drain');
      if (written >= targetBytes) break;
    }
  }
  output.end();
  await once(output, 'finish');
  renameSync(partial, path);
  return { path, bytes: written, generated: true };
}
