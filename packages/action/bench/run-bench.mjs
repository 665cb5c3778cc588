#!/usr/bin/env node
// Compiles the TypeScript benchmark with esbuild (Node 20 cannot strip types) into .bench/ and runs it.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const packageDirectory = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(packageDirectory, '.bench', 'action-bench.mjs');
await build({
  absWorkingDir: packageDirectory,
  entryPoints: ['bench/action-bench.ts'],
  outfile,
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});
await import(pathToFileURL(outfile).href);
