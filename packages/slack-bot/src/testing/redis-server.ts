import { type ChildProcess, spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/** Set by .ci/run: the Redis tests must run, and fail when redis-server is missing. */
export const redisRequired = process.env.TUNELINE_REQUIRE_REDIS === '1';

export const redisSkipNotice =
  'Redis tests skipped: redis-server is not installed. Install it (Debian/Ubuntu: `apt-get install -y redis-server`) and run `npm test` again, or set TUNELINE_REQUIRE_REDIS=1 to make them fail instead of skip.';

/** Path of the redis-server binary on PATH (or in /usr/sbin, /usr/bin), or undefined. */
export function findRedisServer(): string | undefined {
  const directories = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/bin'];
  for (const directory of directories) {
    if (directory === '') continue;
    const candidate = join(directory, 'redis-server');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {}
  }
  return undefined;
}

/** Whether the Redis tests run here: redis-server is installed, or they are required (and fail). */
export const runRedisTests = redisRequired || findRedisServer() !== undefined;

/** A throwaway redis-server on a free loopback port, without persistence. */
export interface RedisServer {
  readonly url: string;
  readonly port: number;
  /** Stops the server (keeps the port for `start`). */
  stop(): Promise<void>;
  /** Starts it again on the same port, empty. */
  start(): Promise<void>;
  /** Stops it and removes its directory. */
  close(): Promise<void>;
}

async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('data', (data) => done(data.toString().includes('PONG')));
    socket.connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
  });
}

/**
 * Starts `redis-server` on a free port of 127.0.0.1 in a temporary directory, with no RDB or AOF.
 * @example const redis = await startRedisServer(); process.env.REDIS_URL = redis.url;
 */
export async function startRedisServer(): Promise<RedisServer> {
  const binary = findRedisServer();
  if (binary === undefined) {
    throw new Error(
      'redis-server is not installed, and TUNELINE_REQUIRE_REDIS=1 requires the Redis tests. Install it: apt-get install -y redis-server',
    );
  }
  const port = await findFreePort();
  const directory = mkdtempSync(join(tmpdir(), 'tuneline-redis-'));
  let child: ChildProcess | undefined;
  let output = '';

  async function start(): Promise<void> {
    output = '';
    child = spawn(
      binary as string,
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--dir',
        directory,
        '--protected-mode',
        'no',
        '--loglevel',
        'warning',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const deadline = Date.now() + 15_000;
    while (!(await answersPing(port))) {
      if (child.exitCode !== null) throw new Error(`redis-server exited: ${output.trim()}`);
      if (Date.now() > deadline) throw new Error(`redis-server did not start: ${output.trim()}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async function stop(): Promise<void> {
    const running = child;
    child = undefined;
    if (running === undefined || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGKILL');
    });
  }

  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop,
    start,
    async close() {
      await stop();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
