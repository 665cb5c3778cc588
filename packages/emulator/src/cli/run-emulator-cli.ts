import type { Emulator } from '../emulator-options.js';
import { startEmulator } from '../start-emulator.js';
import type { CliIo } from './cli-io.js';
import { parseCliArguments } from './parse-cli-arguments.js';
import { usage } from './usage.js';

function timestamp(): string {
  return new Date().toISOString().slice(11, 23);
}

/**
 * Starts the emulator from command-line arguments, prints the base URL and the variables to
 * export, and logs one line per request. Resolves to the running emulator, or to an exit code
 * when there is nothing to run (help, usage error).
 */
export async function runEmulatorCli(
  argv: readonly string[],
  io: CliIo,
): Promise<{ emulator: Emulator } | { exitCode: number }> {
  const parsed = parseCliArguments(argv, io.env);
  if (parsed.kind === 'help') {
    io.stdout.write(usage);
    return { exitCode: 0 };
  }
  if (parsed.kind === 'error') {
    io.stderr.write(`tuneline-emulator: ${parsed.message}\n\n${usage}`);
    return { exitCode: 2 };
  }
  let emulator: Emulator;
  try {
    emulator = await startEmulator({
      ...parsed.options,
      ...(parsed.quiet
        ? {}
        : { logger: (line: string) => io.stdout.write(`[${timestamp()}] ${line}\n`) }),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EADDRINUSE'
        ? `port ${parsed.options.port} is already in use; pick another with --port.`
        : (error as Error).message;
    io.stderr.write(`tuneline-emulator: cannot start: ${reason}\n`);
    return { exitCode: 1 };
  }
  const { options } = parsed;
  const storage = options.dataDir === undefined ? 'state in memory' : `state in ${options.dataDir}`;
  io.stdout.write(
    [
      `Tuneline emulator listening on ${emulator.url} (speed ${options.speed ?? 1}×, ${storage})`,
      'Point any OpenAI client at it:',
      `  export OPENAI_BASE_URL=${emulator.url}`,
      `  export OPENAI_API_KEY=${emulator.apiKey}`,
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  return { emulator };
}
