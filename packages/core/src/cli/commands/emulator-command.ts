import { type CliIo, exitCodes } from '../cli-io.js';
import { loadEmulator } from '../load-emulator.js';

/**
 * `tuneline emulator [--port 4010] [--speed x] ...`: runs the local OpenAI-compatible emulator
 * until Ctrl-C; its own `--help` lists the options.
 */
export async function emulatorCommand(args: readonly string[], io: CliIo): Promise<number> {
  const emulatorModule = await loadEmulator();
  const outcome = await emulatorModule.runEmulatorCli(args, io);
  if ('exitCode' in outcome) return outcome.exitCode;
  // Without a Ctrl-C to wait for (an embedding that gave none), it would never stop: stop now.
  if (io.onInterrupt === undefined) {
    await outcome.emulator.close();
    return exitCodes.ok;
  }
  const addInterruptListener = io.onInterrupt;
  await new Promise<void>((resolve) => {
    const remove = addInterruptListener(() => {
      remove();
      resolve();
    });
  });
  io.stdout.write('Stopping the emulator…\n');
  await outcome.emulator.close();
  return exitCodes.ok;
}
