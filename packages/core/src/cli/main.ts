#!/usr/bin/env node
import { redactSecrets } from '../redaction/redact-secrets.js';
import { runCli } from './run-cli.js';

function isBrokenPipe(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED' || code === 'ECONNRESET';
}

// `tuneline models | head -1`: the reader has gone, so there is no one left to tell; end quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (isBrokenPipe(error)) process.exit(process.exitCode ?? 0);
    throw error;
  });
}

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
  if (isBrokenPipe(error)) process.exit(process.exitCode ?? 0);
  // Only a bug in Tuneline gets here: user mistakes are TunelineErrors handled by runCli.
  const trace = redactSecrets((error as Error).stack ?? String(error), {
    knownSecrets: [process.env.OPENAI_API_KEY],
  });
  process.stderr.write(`tuneline: internal error. Please report it with this trace:\n${trace}\n`);
  process.exitCode = 70;
}
