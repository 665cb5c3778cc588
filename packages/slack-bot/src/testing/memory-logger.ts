import { type Logger, LogLevel } from '@slack/bolt';

const order = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];

/**
 * A Bolt logger that keeps the lines its level lets through in memory, as the console logger
 * would print them (tests assert that secrets and message text never reach them).
 */
export function createMemoryLogger(): Logger & { readonly lines: string[] } {
  const lines: string[] = [];
  let level = LogLevel.INFO;
  const write =
    (kind: LogLevel) =>
    (...message: unknown[]) => {
      if (order.indexOf(kind) < order.indexOf(level)) return;
      lines.push(`${kind} ${message.map(String).join(' ')}`);
    };
  return {
    lines,
    debug: write(LogLevel.DEBUG),
    info: write(LogLevel.INFO),
    warn: write(LogLevel.WARN),
    error: write(LogLevel.ERROR),
    setLevel(next) {
      level = next;
    },
    getLevel: () => level,
    setName() {},
  };
}
