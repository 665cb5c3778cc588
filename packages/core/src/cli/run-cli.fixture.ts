import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { runCli } from './run-cli.js';

export const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** What one in-process run of the CLI printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `tuneline <args>` in-process with captured output. `input` lines are fed to stdin as a
 * pipe (not a terminal); `interrupt` receives a function that simulates Ctrl-C.
 */
export async function runTuneline(
  args: readonly string[],
  options: {
    env?: Record<string, string | undefined>;
    cwd?: string;
    input?: readonly string[];
    interrupt?: (press: () => void) => void;
  } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const listeners = new Set<() => void>();
  options.interrupt?.(() => {
    for (const listener of listeners) listener();
  });
  const code = await runCli(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: options.env ?? {},
    cwd: options.cwd ?? repositoryRoot,
    ...(options.input === undefined
      ? {}
      : { stdin: Readable.from(options.input.map((line) => `${line}\n`)) }),
    onInterrupt(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  });
  return { code, stdout, stderr };
}
