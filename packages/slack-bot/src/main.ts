import { runSlackBotCli } from './cli.js';

// `tuneline-slack --help | head -1`: the reader has gone, so there is no one left to tell.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') {
      process.exit(process.exitCode ?? 0);
    }
    throw error;
  });
}

const { exitCode, bot } = await runSlackBotCli({
  env: process.env,
  args: process.argv.slice(2),
  writeError: (line) => process.stderr.write(`${line}\n`),
  writeInfo: (line) => process.stdout.write(`${line}\n`),
});
if (bot === undefined) {
  process.exitCode = exitCode;
} else {
  // A deploy sends SIGTERM: stop taking requests and let the answers in flight finish.
  const shutdown = (signal: string) => {
    process.stdout.write(`tuneline-slack: ${signal} received, finishing answers in flight…\n`);
    void bot.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}
