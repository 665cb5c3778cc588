import { createInterface } from 'node:readline';
import type { CliIo } from './cli-io.js';

/** Asks a question on stdout and reads one line of answer; undefined when there is no input. */
export async function readAnswer(io: CliIo, question: string): Promise<string | undefined> {
  const input = io.stdin;
  if (input === undefined) return undefined;
  io.stdout.write(question);
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  try {
    for await (const line of lines) return line;
    return undefined;
  } finally {
    lines.close();
  }
}
