/** A stream a command may read lines from: the terminal, a pipe, or a test's input. */
export type CliInput = NodeJS.ReadableStream & { readonly isTTY?: boolean };

/** What a command may touch of the outside world: injected so tests run commands in-process. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Absent when the command runs without input: prompts then take their default. */
  readonly stdin?: CliInput;
  /**
   * Calls `listener` on Ctrl-C instead of ending the process, until the returned function is
   * called: `watch` uses it to stop watching while the job goes on.
   */
  readonly onInterrupt?: (listener: () => void) => () => void;
}

/**
 * Exit codes shared by every command: 0 all good, 1 the data, the job or the API failed, 2 a
 * usage error, 70 a bug in Tuneline (sysexits' EX_SOFTWARE).
 */
export const exitCodes = { ok: 0, failed: 1, usage: 2, bug: 70 } as const;
