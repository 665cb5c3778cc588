#!/usr/bin/env node
import { runCli } from './run-cli.js';

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    stdin: process.stdin,
    onInterrupt(listener) {
      process.on('SIGINT', listener);
      return () => process.off('SIGINT', listener);
    },
  });
} catch (error) {
  // Only a bug in Tuneline gets here: user mistakes are TunelineErrors handled by runCli.
  process.stderr.write(
    `tuneline: internal error. Please report it with this trace:\n${(error as Error).stack ?? String(error)}\n`,
  );
  process.exitCode = 70;
}
