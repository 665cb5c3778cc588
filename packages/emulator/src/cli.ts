#!/usr/bin/env node
import { runEmulatorCli } from './cli/run-emulator-cli.js';

const outcome = await runEmulatorCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
if ('exitCode' in outcome) {
  process.exitCode = outcome.exitCode;
} else {
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    process.stdout.write('Stopping the emulator…\n');
    outcome.emulator.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`tuneline-emulator: error while stopping: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
