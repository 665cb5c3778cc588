#!/usr/bin/env node
// The README's commands (`npm run demo`, `npm test`, `npm run bench`) must work on a fresh clone
// that has only Node.js and npm, so this script installs the pinned pnpm and the workspace first.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pnpmVersion = JSON.parse(
  readFileSync(join(root, 'package.json'), 'utf8'),
).packageManager.split('@')[1];
const environment = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };

function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: environment,
    ...options,
  });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function runOrExit(command, args) {
  const status = run(command, args);
  if (status !== 0) process.exit(status);
}

function pnpmCommand() {
  const local = spawnSync('pnpm', ['--version'], { encoding: 'utf8', env: environment });
  if (local.status === 0 && local.stdout.trim() === pnpmVersion) return ['pnpm', []];
  return ['npx', ['--yes', `pnpm@${pnpmVersion}`]];
}

function installIsCurrent() {
  const marker = join(root, 'node_modules', '.modules.yaml');
  if (!existsSync(marker)) return false;
  return statSync(marker).mtimeMs >= statSync(join(root, 'pnpm-lock.yaml')).mtimeMs;
}

const [pnpm, pnpmPrefix] = pnpmCommand();
const pnpmRun = (...args) => runOrExit(pnpm, [...pnpmPrefix, ...args]);

if (!installIsCurrent()) {
  console.error(`Installing the workspace with pnpm ${pnpmVersion}…`);
  pnpmRun('install', '--frozen-lockfile', '--prefer-offline');
}

const task = process.argv[2];
const rest = process.argv.slice(3);
const build = () => pnpmRun('exec', 'turbo', 'run', 'build', '--output-logs=errors-only');

switch (task) {
  case 'demo':
    build();
    process.exit(run('node', ['packages/core/dist/cli/main.js', 'demo', ...rest]));
    break;
  case 'test':
    build();
    pnpmRun('exec', 'turbo', 'run', 'typecheck', '--output-logs=errors-only');
    pnpmRun('exec', 'biome', 'check', '.');
    // Unused files, exports and dependencies; then what npm would publish of each public package.
    pnpmRun('run', 'lint:unused');
    pnpmRun('run', 'lint:packages');
    pnpmRun('exec', 'vitest', 'run', ...rest);
    break;
  case 'bench': {
    // `npm run bench` runs core's validation benchmark, then the Slack bot's;
    // `npm run bench -- slack` runs only the bot's.
    build();
    const slackOnly = rest[0] === 'slack';
    if (!slackOnly) {
      const status = run('node', ['packages/core/dist/bench/validate-bench.js', ...rest]);
      if (status !== 0) process.exit(status);
    }
    process.exit(run('node', ['packages/slack-bot/dist/bench/status-bench.js']));
    break;
  }
  default:
    console.error('usage: node scripts/run.mjs demo|test|bench [arguments]');
    process.exit(2);
}
