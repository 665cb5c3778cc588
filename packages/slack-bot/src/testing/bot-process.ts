import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built bot entry that `tuneline-slack` runs (the same path from src/testing and dist/testing). */
export const botEntry = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

/** One bot replica running as its own process, as a deployment runs it. */
export interface BotProcess {
  readonly name: string;
  readonly port: number;
  /** `http://127.0.0.1:<port>`: `/slack/events`, `/webhooks/openai`, `/healthz`, `/readyz`. */
  readonly url: string;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** Sends `signal` and resolves to the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Starts `node dist/main.js` with `env` (and PORT=0), and resolves once it printed the port it
 * listens on. Fails with its output if it exits first.
 */
export async function startBotProcess(options: {
  name: string;
  env: Record<string, string>;
  timeoutMs?: number;
}): Promise<BotProcess> {
  if (!existsSync(botEntry)) {
    throw new Error(`${botEntry} is missing: build the bot first (pnpm exec turbo run build).`);
  }
  const child: ChildProcess = spawn(process.execPath, [botEntry], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );

  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  let port: number | undefined;
  while (port === undefined) {
    const match = /HTTP on port (\d+)/.exec(output);
    if (match?.[1] !== undefined) port = Number(match[1]);
    else if (child.exitCode !== null) {
      throw new Error(`Bot ${options.name} exited (${child.exitCode}): ${output.trim()}`);
    } else if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Bot ${options.name} did not start: ${output.trim()}`);
    } else await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return {
    name: options.name,
    port,
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
