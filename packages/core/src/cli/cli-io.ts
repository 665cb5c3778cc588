/** What a command may touch of the outside world: injected so tests run commands in-process. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

/** Exit codes shared by every command: 0 all good, 1 the data or the job failed, 2 a usage error. */
export const exitCodes = { ok: 0, failed: 1, usage: 2 } as const;
