import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { redisRequired, redisSkipNotice, runRedisTests } from '../src/testing/redis-server.js';

const packagesDirectory = fileURLToPath(new URL('../..', import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

function newestSource(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function builtAt(directory: string): number {
  try {
    return statSync(join(directory, 'dist', 'index.js')).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * The replica and shutdown tests run the built bot (`dist/main.js`) as child processes: build
 * core and the bot first when a source is newer than the build. Then say plainly, before and
 * after the run, when the Redis tests are skipped and how to run them.
 */
export default function setup(): (() => void) | undefined {
  for (const name of ['core', 'slack-bot']) {
    const directory = join(packagesDirectory, name);
    if (newestSource(join(directory, 'src')) <= builtAt(directory)) continue;
    const build = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], {
      cwd: directory,
      encoding: 'utf8',
    });
    if (build.status !== 0) {
      throw new Error(`Building ${name} for the tests failed:\n${build.stdout}${build.stderr}`);
    }
  }
  if (runRedisTests || redisRequired) return undefined;
  process.stderr.write(`\n${redisSkipNotice}\n\n`);
  return () => process.stderr.write(`\n${redisSkipNotice}\n`);
}
