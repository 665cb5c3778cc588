import { type Logger, LogLevel } from '@slack/bolt';

/** A Bolt logger that keeps its lines in memory (tests assert that secrets never reach them). */
export function createMemoryLogger(): Logger & { readonly lines: string[] } {
  const lines: string[] = [];
  let level = LogLevel.INFO;
  const write =
    (kind: string) =>
    (...message: unknown[]) => {
      lines.push(`${kind} ${message.map(String).join(' ')}`);
    };
  return {
    lines,
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    setLevel(next) {
      level = next;
    },
    getLevel: () => level,
    setName() {},
  };
}
