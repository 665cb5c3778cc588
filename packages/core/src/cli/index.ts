export { type CliIo, exitCodes } from './cli-io.js';
export { runCli } from './run-cli.js';
