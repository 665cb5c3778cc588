import { TunelineError } from '../errors/tuneline-error.js';
import { type CliIo, exitCodes } from './cli-io.js';
import { estimateCommand } from './commands/estimate-command.js';
import { modelsCommand } from './commands/models-command.js';
import { validateCommand } from './commands/validate-command.js';

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

const commands: Record<string, { run: Command; summary: string }> = {
  validate: {
    run: validateCommand,
    summary: 'check datasets: errors by line, tokens, epochs and cost',
  },
  estimate: {
    run: estimateCommand,
    summary: 'price a dataset for one or every model that can train on it',
  },
  models: { run: modelsCommand, summary: 'list fine-tunable models with their limits and prices' },
};

function helpText(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const list = Object.entries(commands)
    .map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`)
    .join('\n');
  return `Usage: tuneline <command> [options]\n\nCommands:\n${list}\n\nRun "tuneline <command> --help" for a command's options.\n`;
}

/**
 * Runs the tuneline command line and returns its exit code. User mistakes print a message and a
 * hint, never a stack trace.
 * @example process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, ... });
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(helpText());
    return name === undefined ? exitCodes.usage : exitCodes.ok;
  }
  const command = commands[name];
  if (!command) {
    io.stderr.write(`tuneline: unknown command "${name}".\n\n${helpText()}`);
    return exitCodes.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (!TunelineError.isInstance(error)) throw error;
    io.stderr.write(
      `tuneline ${name}: ${error.message}\n${error.hint ? `  hint: ${error.hint}\n` : ''}`,
    );
    return error.code === 'usage' ||
      error.code === 'file_unreadable' ||
      error.code === 'unknown_model'
      ? exitCodes.usage
      : exitCodes.failed;
  }
}
