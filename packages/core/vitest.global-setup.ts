import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packagesDirectory = fileURLToPath(new URL('..', import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

function newestModification(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true, recursive: true })) {
    // Tests and fixtures are not built: editing them needs no new build.
    if (!entry.isFile() || /\.(test|fixture)\.ts$/.test(entry.name)) continue;
    newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function builtAt(packageDirectory: string): number {
  try {
    return statSync(join(packageDirectory, 'dist', 'index.js')).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * Tests run on sources, except the few that run the built `tuneline` binary or validation's
 * worker threads (which need compiled JavaScript): before them, core and the emulator it
 * embeds are built once, and only when a source is newer than the build.
 */
export default function buildWhenStale(): void {
  for (const name of ['core', 'emulator']) {
    const directory = join(packagesDirectory, name);
    if (newestModification(join(directory, 'src')) <= builtAt(directory)) continue;
    const build = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], {
      cwd: directory,
      encoding: 'utf8',
    });
    if (build.status !== 0) {
      throw new Error(`Building ${name} for the tests failed:\n${build.stdout}${build.stderr}`);
    }
  }
}
