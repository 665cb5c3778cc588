import { TunelineError } from '../errors/tuneline-error.js';

/** The part of `@tuneline/emulator` the CLI uses, declared here: core does not depend on it. */
export interface EmulatorModule {
  startEmulator(options: { port?: number; speed?: number }): Promise<{
    readonly url: string;
    readonly apiKey: string;
    close(): Promise<void>;
  }>;
  runEmulatorCli(
    argv: readonly string[],
    io: {
      stdout: { write(text: string): unknown };
      stderr: { write(text: string): unknown };
      env: Readonly<Record<string, string | undefined>>;
    },
  ): Promise<{ emulator: { close(): Promise<void> } } | { exitCode: number }>;
}

// A variable, so that bundlers and TypeScript leave the optional package out of core.
const emulatorPackage = '@tuneline/emulator';

/**
 * Loads the local OpenAI emulator for `tuneline demo` and `tuneline emulator`. It is a separate
 * package, installed in this repository and optional elsewhere.
 */
export async function loadEmulator(): Promise<EmulatorModule> {
  try {
    return (await import(emulatorPackage)) as EmulatorModule;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new TunelineError('usage', 'The Tuneline emulator is not installed.', {
      cause: error,
      hint: 'Install it beside the CLI (npm install --save-dev @tuneline/emulator), or set OPENAI_API_KEY to use the real API.',
    });
  }
}
