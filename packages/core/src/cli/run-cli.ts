import { TunelineError } from '../errors/tuneline-error.js';
import { type CliIo, exitCodes } from './cli-io.js';
import { cancelCommand, cancelUsage } from './commands/cancel-command.js';
import { chatCommand } from './commands/chat-command.js';
import { demoCommand, demoUsage } from './commands/demo-command.js';
import { emulatorCommand } from './commands/emulator-command.js';
import { estimateCommand, estimateUsage } from './commands/estimate-command.js';
import { modelsCommand, modelsUsage } from './commands/models-command.js';
import { statusCommand, statusUsage } from './commands/status-command.js';
import { trainCommand, trainUsage } from './commands/train-command.js';
import { validateCommand, validateUsage } from './commands/validate-command.js';
import { watchCommand, watchUsage } from './commands/watch-command.js';

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

/** `usage` is printed for `--help`; commands without one (chat, emulator) print their own help. */
const commands: Record<string, { run: Command; summary: string; usage?: string }> = {
  validate: {
    run: validateCommand,
    usage: validateUsage,
    summary: 'check datasets: errors by line, tokens, epochs and cost',
  },
  estimate: {
    run: estimateCommand,
    usage: estimateUsage,
    summary: 'price a dataset for one or every model that can train on it',
  },
  train: {
    run: trainCommand,
    usage: trainUsage,
    summary: 'validate, upload and start a fine-tuning job (or find the same one running)',
  },
  status: {
    run: statusCommand,
    usage: statusUsage,
    summary: 'list recent jobs, or show one with its events and loss',
  },
  watch: {
    run: watchCommand,
    usage: watchUsage,
    summary: 'follow a job live: progress, events, loss sparkline',
  },
  cancel: { run: cancelCommand, usage: cancelUsage, summary: 'cancel a job' },
  models: {
    run: modelsCommand,
    usage: modelsUsage,
    summary: 'list fine-tunable models with their limits and prices',
  },
  chat: { run: chatCommand, summary: 'talk to a model, streamed; --compare beside a base model' },
  emulator: { run: emulatorCommand, summary: 'run the local OpenAI-compatible emulator' },
  demo: {
    run: demoCommand,
    usage: demoUsage,
    summary: 'the walkthrough end to end, on the embedded emulator',
  },
};

/** The user's mistakes exit 2, failures of the data, the job or the API 1, Tuneline's bugs 70. */
function exitCodeOf(error: TunelineError): number {
  // An unknown job is the API's answer, as for watch and cancel.
  if (error.code === 'job_not_found') return exitCodes.failed;
  switch (error.kind) {
    case 'usage':
    case 'config':
      return exitCodes.usage;
    case 'data':
    case 'api':
    case 'network':
      return exitCodes.failed;
    case 'bug':
      return exitCodes.bug;
  }
}

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
  if (command.usage !== undefined && (rest.includes('--help') || rest.includes('-h'))) {
    io.stdout.write(`Usage: ${command.usage}\n\n${command.summary}\n`);
    return exitCodes.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (!TunelineError.isInstance(error)) throw error;
    io.stderr.write(
      `tuneline ${name}: ${error.message}\n${error.hint ? `  hint: ${error.hint}\n` : ''}`,
    );
    return exitCodeOf(error);
  }
}
